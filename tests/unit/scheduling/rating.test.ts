import { describe, expect, it } from "vitest";
import { defaultRatingThresholds, ratingFromAnswer, ratings } from "@/app/_domain/scheduling";

const graded = (correct: boolean, durationMs: number, usedHint = false, expectedMs?: number) =>
  ratingFromAnswer({ kind: "graded", correct, usedHint, durationMs, expectedMs });

describe("ratingFromAnswer", () => {
  it("passes a self-rating through unchanged", () => {
    for (const rating of [1, 2, 3, 4] as const) {
      expect(ratingFromAnswer({ kind: "self", rating })).toBe(rating);
    }
  });

  it("rates a wrong answer Again however fast or hinted", () => {
    expect(graded(false, 1_000)).toBe(ratings.again);
    expect(graded(false, 100_000, true)).toBe(ratings.again);
  });

  it("rates a correct answer after a hint Hard, even when fast", () => {
    expect(graded(true, 1_000, true)).toBe(ratings.hard);
  });

  it.each([
    [6_000, ratings.easy],
    [6_001, ratings.good],
    [12_000, ratings.good],
    [35_999, ratings.good],
    [36_000, ratings.hard],
    [299_999, ratings.hard],
    [300_001, ratings.good],
  ])("rates a correct answer in %i ms with the default 12 s expectation as %i", (ms, rating) => {
    expect(graded(true, ms)).toBe(rating);
  });

  it("scales the time thresholds with the question's expected time", () => {
    expect(graded(true, 2_000, false, 4_000)).toBe(ratings.easy);
    expect(graded(true, 12_000, false, 4_000)).toBe(ratings.hard);
  });

  it("treats a missing or nonsensical duration as Good", () => {
    expect(graded(true, 0)).toBe(ratings.good);
    expect(graded(true, Number.NaN)).toBe(ratings.good);
  });

  it("accepts custom thresholds", () => {
    const strict = { ...defaultRatingThresholds, easyAtMost: 0.25 };
    expect(
      ratingFromAnswer(
        { kind: "graded", correct: true, usedHint: false, durationMs: 6_000 },
        strict,
      ),
    ).toBe(ratings.good);
  });
});
