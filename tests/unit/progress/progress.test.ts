import { describe, expect, it } from "vitest";
import {
  dueForecast,
  masteryByArticle,
  reviewHeatmap,
  reviewStreaks,
  trueRetention,
  type ReviewLogRow,
  type StatsClock,
} from "@/app/_domain/progress";

// Niamey is UTC+1; the study day rolls over at 4 am local time (03:00 UTC).
const clock: StatsClock = { now: new Date("2024-05-10T12:00:00Z"), timeZoneOffsetMinutes: 60 };

const row = (reviewedAt: string, overrides: Partial<ReviewLogRow> = {}): ReviewLogRow => ({
  reviewedAt: new Date(reviewedAt),
  rating: 3,
  correct: true,
  stateBefore: 2,
  undoneAt: null,
  ...overrides,
});

describe("reviewHeatmap", () => {
  it("counts reviews per local study day for a year, oldest first, zeros included", () => {
    const heatmap = reviewHeatmap(
      [row("2024-05-10T08:00:00Z"), row("2024-05-10T09:00:00Z"), row("2024-05-09T10:00:00Z")],
      clock,
    );
    expect(heatmap).toHaveLength(365);
    expect(heatmap.at(-1)).toEqual({ date: "2024-05-10", count: 2 });
    expect(heatmap.at(-2)).toEqual({ date: "2024-05-09", count: 1 });
    expect(heatmap[0]).toEqual({ date: "2023-05-12", count: 0 });
  });

  it("counts a review at 1 am local time on the previous study day", () => {
    const heatmap = reviewHeatmap([row("2024-05-10T00:30:00Z")], clock, 2);
    expect(heatmap).toEqual([
      { date: "2024-05-09", count: 1 },
      { date: "2024-05-10", count: 0 },
    ]);
  });

  it("puts a summer review on its day by summer time, read in winter", () => {
    // New York in 2026: daylight saving (UTC-4) until 1 November, 06:00 UTC; UTC-5 after.
    const newYork = (at: Date) => (at.getTime() < Date.UTC(2026, 10, 1, 6) ? -240 : -300);
    const winter = { now: new Date("2026-11-10T17:00:00Z"), timeZoneOffsetMinutes: -300 };
    // 08:30 UTC on 15 October is 4:30 am EDT, the study day of 15 October; by winter's offset it
    // would be 3:30 am, still the 14th.
    const review = [row("2026-10-15T08:30:00Z")];
    const day = (heatmap: { date: string; count: number }[]) =>
      heatmap.find((d) => d.count > 0)?.date;
    expect(day(reviewHeatmap(review, { ...winter, offsetAt: newYork }))).toBe("2026-10-15");
    expect(day(reviewHeatmap(review, winter))).toBe("2026-10-14");
  });

  it("leaves out undone answers", () => {
    const heatmap = reviewHeatmap(
      [row("2024-05-10T08:00:00Z", { undoneAt: new Date("2024-05-10T08:01:00Z") })],
      clock,
      1,
    );
    expect(heatmap).toEqual([{ date: "2024-05-10", count: 0 }]);
  });
});

describe("reviewStreaks", () => {
  const days = (...dates: string[]) => dates.map((date) => row(`${date}T10:00:00Z`));

  it("counts consecutive days ending today", () => {
    expect(reviewStreaks(days("2024-05-08", "2024-05-09", "2024-05-10"), clock)).toEqual({
      current: 3,
      longest: 3,
    });
  });

  it("keeps the streak alive when today has no reviews yet", () => {
    expect(reviewStreaks(days("2024-05-08", "2024-05-09"), clock)).toEqual({
      current: 2,
      longest: 2,
    });
  });

  it("breaks the streak after a missed day and remembers the longest", () => {
    const rows = days(
      "2024-04-01",
      "2024-04-02",
      "2024-04-03",
      "2024-04-04",
      "2024-05-08",
      "2024-05-10",
    );
    expect(reviewStreaks(rows, clock)).toEqual({ current: 1, longest: 4 });
  });

  it("is zero with no reviews", () => {
    expect(reviewStreaks([], clock)).toEqual({ current: 0, longest: 0 });
  });
});

describe("trueRetention", () => {
  it("is the pass rate of review-state answers only, undone ones excluded", () => {
    const rows = [
      row("2024-05-01T10:00:00Z"),
      row("2024-05-02T10:00:00Z", { rating: 2 }),
      row("2024-05-03T10:00:00Z", { rating: 4 }),
      row("2024-05-04T10:00:00Z", { rating: 1, correct: false }),
      row("2024-05-05T10:00:00Z", { rating: 1, stateBefore: 1 }),
      row("2024-05-06T10:00:00Z", { rating: 1, undoneAt: new Date("2024-05-06T10:01:00Z") }),
    ];
    expect(trueRetention(rows, 0.9)).toEqual({ reviews: 4, passed: 3, rate: 0.75, desired: 0.9 });
  });

  it("can be limited to recent answers", () => {
    const rows = [row("2024-04-01T10:00:00Z", { rating: 1 }), row("2024-05-05T10:00:00Z")];
    expect(trueRetention(rows, 0.9, new Date("2024-04-10T00:00:00Z")).rate).toBe(1);
  });

  it("has no rate without reviews", () => {
    expect(trueRetention([], 0.9).rate).toBeNull();
  });
});

describe("dueForecast", () => {
  it("counts due cards per study day for 30 days, overdue ones today, new ones never", () => {
    const forecast = dueForecast(
      [
        { due: new Date("2024-05-01T10:00:00Z"), state: 2 },
        { due: new Date("2024-05-10T20:00:00Z"), state: 2 },
        { due: new Date("2024-05-11T02:00:00Z"), state: 2 },
        { due: new Date("2024-05-11T10:00:00Z"), state: 3 },
        { due: new Date("2024-06-08T10:00:00Z"), state: 2 },
        { due: new Date("2024-06-09T10:00:00Z"), state: 2 },
        { due: new Date("2024-05-10T10:00:00Z"), state: 0 },
      ],
      clock,
    );
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ date: "2024-05-10", due: 3 });
    expect(forecast[1]).toEqual({ date: "2024-05-11", due: 1 });
    expect(forecast[29]).toEqual({ date: "2024-06-08", due: 1 });
    expect(forecast.reduce((sum, day) => sum + day.due, 0)).toBe(5);
  });
});

describe("masteryByArticle", () => {
  it("is the share of each article's questions with stability of 21 days or more", () => {
    const mastery = masteryByArticle([
      { articleId: "niger-coup", questionId: "q1", stability: 46.3 },
      { articleId: "niger-coup", questionId: "q2", stability: 21 },
      { articleId: "niger-coup", questionId: "q3", stability: 20.9 },
      { articleId: "niger-coup", questionId: "q4", stability: null },
      { articleId: "air-base-101", questionId: "q5", stability: 3 },
    ]);
    expect(mastery).toEqual([
      { articleId: "air-base-101", questions: 1, mastered: 0, share: 0 },
      { articleId: "niger-coup", questions: 4, mastered: 2, share: 0.5 },
    ]);
  });
});
