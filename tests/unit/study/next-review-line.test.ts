import { describe, expect, it } from "vitest";
import { nextReviewLine } from "@/app/_components/study/next-review-line";

const now = new Date("2026-11-28T12:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const minute = 60_000;
const day = 24 * 60 * minute;

describe("the line that says when an answered card comes back", () => {
  it.each([
    [later(10 * minute), "Next review in 10 minutes."],
    [later(1 * minute), "Next review in 1 minute."],
    [later(20_000), "Next review in 1 minute."],
    [later(-5 * minute), "Next review in 1 minute."],
    [later(59 * minute), "Next review in 59 minutes."],
    [later(60 * minute), "Next review in 1 hour."],
    [later(5 * 60 * minute), "Next review in 5 hours."],
    [later(23 * 60 * minute + 40 * minute), "Next review in 1 day."],
    [later(4 * day), "Next review in 4 days."],
    [later(59 * day), "Next review in 59 days."],
    [later(92 * day), "Next review in about 3 months."],
    [later(400 * day), "Next review in about 13 months."],
    [later(3 * 365 * day), "Next review in about 3 years."],
  ])("due at %s reads as the interval from now", (due, line) => {
    expect(nextReviewLine(due, now)).toBe(line);
  });
});
