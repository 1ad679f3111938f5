import type { HeatmapDay } from "./review-stats";

export type HeatmapMonth = { month: string; reviews: number; daysStudied: number };

// The heatmap's text alternative: one row per calendar month ("YYYY-MM") of the heatmap's days,
// newest first, so a screen reader or a small screen gets the year in about a dozen rows instead
// of 365 cells. Months with no reviews stay in, so a gap reads as a gap.
export function heatmapMonths(days: HeatmapDay[]): HeatmapMonth[] {
  const months = new Map<string, HeatmapMonth>();
  for (const day of days) {
    const month = day.date.slice(0, 7);
    const row = months.get(month) ?? { month, reviews: 0, daysStudied: 0 };
    row.reviews += day.count;
    row.daysStudied += day.count > 0 ? 1 : 0;
    months.set(month, row);
  }
  return [...months.values()].sort((a, b) => b.month.localeCompare(a.month));
}
