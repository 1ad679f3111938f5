import { describe, expect, it } from "vitest";
import { heatmapMonths } from "@/app/_domain/progress";

describe("heatmapMonths", () => {
  it("sums reviews and studied days per calendar month, newest month first", () => {
    const months = heatmapMonths([
      { date: "2024-04-29", count: 3 },
      { date: "2024-04-30", count: 0 },
      { date: "2024-05-01", count: 2 },
      { date: "2024-05-02", count: 5 },
    ]);
    expect(months).toEqual([
      { month: "2024-05", reviews: 7, daysStudied: 2 },
      { month: "2024-04", reviews: 3, daysStudied: 1 },
    ]);
  });

  it("keeps a month without reviews as a row of zeros", () => {
    expect(heatmapMonths([{ date: "2024-03-31", count: 0 }])).toEqual([
      { month: "2024-03", reviews: 0, daysStudied: 0 },
    ]);
  });

  it("is empty for no days", () => {
    expect(heatmapMonths([])).toEqual([]);
  });
});
