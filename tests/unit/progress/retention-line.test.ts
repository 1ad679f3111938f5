import { describe, expect, it } from "vitest";
import { retentionLine } from "@/app/_domain/progress";

const measured = (reviews: number, passed: number) => ({
  reviews,
  passed,
  rate: reviews === 0 ? null : passed / reviews,
  desired: 0.9,
});

describe("the progress page's retention sentence", () => {
  it("says what true retention will measure when no answer counts yet", () => {
    expect(retentionLine(measured(0, 0), measured(0, 0))).toBe(
      "True retention is the share of reviews you pass once cards are past their learning steps; none of your answers is such a review yet (desired 90%).",
    );
  });

  it("gives the month and the year with their review counts", () => {
    expect(retentionLine(measured(42, 37), measured(1200, 1062))).toBe(
      "True retention over 30 days: 88% of 42 reviews (desired 90%). Over the year: 89% of 1,200 reviews.",
    );
  });

  it("says so when the last 30 days have none but the year has", () => {
    expect(retentionLine(measured(0, 0), measured(1, 1))).toBe(
      "True retention: no reviews in the last 30 days (desired 90%). Over the year: 100% of 1 review.",
    );
  });
});
