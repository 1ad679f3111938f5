import { dayBoundary } from "../scheduling/day-boundary";

/** The review-log columns the statistics read. */
export type ReviewLogRow = {
  reviewedAt: Date;
  rating: number;
  correct: boolean | null;
  stateBefore: number;
  undoneAt: Date | null;
};

/** Where "today" is: the statistics never read the clock or the server's time zone. */
export type StatsClock = {
  now: Date;
  /** Minutes east of UTC, as in `dayBoundary`. */
  timeZoneOffsetMinutes: number;
  /** The offset in force at an instant, where it changes (daylight saving); else the fixed one. */
  offsetAt?: (at: Date) => number;
  rolloverHour?: number;
};

/** The study day an instant falls in, by the offset in force at that instant. */
export function dayKeyOf(at: Date, clock: StatsClock): string {
  const offset = clock.offsetAt ? clock.offsetAt(at) : clock.timeZoneOffsetMinutes;
  return dayBoundary(at, offset, clock.rolloverHour).key;
}

export type HeatmapDay = { date: string; count: number };

const dayMs = 86_400_000;
const reviewState = 2;
const againRating = 1;

/** Undone answers are not answers: they leave every statistic (issue 4, "Undo"). */
export function activeRows<T extends { undoneAt: Date | null }>(rows: readonly T[]): T[] {
  return rows.filter((row) => row.undoneAt === null);
}

/** Study-day keys for `days` days ending today, oldest first. */
export function recentDayKeys(clock: StatsClock, days: number): string[] {
  const todayUtc = Date.parse(`${dayKeyOf(clock.now, clock)}T00:00:00Z`);
  return Array.from({ length: days }, (_, index) =>
    new Date(todayUtc - (days - 1 - index) * dayMs).toISOString().slice(0, 10),
  );
}

function countsByDay(rows: readonly ReviewLogRow[], clock: StatsClock): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of activeRows(rows)) {
    const key = dayKeyOf(row.reviewedAt, clock);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Reviews per local study day over the last `days` days (a year by default), zeros included. */
export function reviewHeatmap(
  rows: readonly ReviewLogRow[],
  clock: StatsClock,
  days = 365,
): HeatmapDay[] {
  const counts = countsByDay(rows, clock);
  return recentDayKeys(clock, days).map((date) => ({ date, count: counts.get(date) ?? 0 }));
}

export type Streaks = { current: number; longest: number };

/**
 * Consecutive study days with at least one review. Today without reviews yet does not break the
 * current streak (the day is not over), the convention of Anki's and Duolingo's counters.
 */
export function reviewStreaks(rows: readonly ReviewLogRow[], clock: StatsClock): Streaks {
  const counts = countsByDay(rows, clock);
  const dayNumbers = [...counts.keys()].map((key) => Date.parse(`${key}T00:00:00Z`) / dayMs);
  const studied = new Set(dayNumbers);
  let longest = 0;
  for (const day of studied) {
    if (studied.has(day - 1)) continue;
    let length = 1;
    while (studied.has(day + length)) length++;
    longest = Math.max(longest, length);
  }
  const [todayKey] = recentDayKeys(clock, 1);
  let cursor = Date.parse(`${todayKey}T00:00:00Z`) / dayMs;
  if (!studied.has(cursor)) cursor--;
  let current = 0;
  while (studied.has(cursor - current)) current++;
  return { current, longest };
}

export type TrueRetention = {
  reviews: number;
  passed: number;
  /** Pass rate, or null with no reviews to measure. */
  rate: number | null;
  desired: number;
};

/**
 * Anki's "true retention": the pass rate (any rating but Again) of reviews of cards that were in
 * the review state, so learning steps, which are nearly always passed, do not inflate it. This is
 * the quantity FSRS's desired retention targets.
 */
export function trueRetention(
  rows: readonly ReviewLogRow[],
  desired: number,
  since?: Date,
): TrueRetention {
  const reviews = activeRows(rows).filter(
    (row) =>
      row.stateBefore === reviewState && (!since || row.reviewedAt.getTime() >= since.getTime()),
  );
  const passed = reviews.filter((row) => row.rating !== againRating).length;
  return {
    reviews: reviews.length,
    passed,
    rate: reviews.length === 0 ? null : passed / reviews.length,
    desired,
  };
}
