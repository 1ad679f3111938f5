import { describe, expect, it } from "vitest";
import { estimateWorkload } from "@/app/_domain/scheduling";

describe("estimateWorkload", () => {
  it("is deterministic for a given seed", () => {
    expect(estimateWorkload(0.9, { cards: 100 })).toEqual(estimateWorkload(0.9, { cards: 100 }));
  });

  it("pins the default estimates for 0.80, 0.90 and 0.97", () => {
    const perDay = [0.8, 0.9, 0.97].map((retention) =>
      Number(estimateWorkload(retention).reviewsPerDayPer100.toFixed(2)),
    );
    expect(perDay).toEqual([1.93, 2.6, 4.72]);
  });

  it("costs more reviews as desired retention rises through 0.80, 0.90, 0.95 and 0.97", () => {
    const totals = [0.8, 0.9, 0.95, 0.97].map(
      (retention) => estimateWorkload(retention).totalReviews,
    );
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    expect(new Set(totals).size).toBe(4);
  });

  it("buys more remembered cards with higher retention", () => {
    expect(estimateWorkload(0.97).recalledAtEnd).toBeGreaterThan(
      estimateWorkload(0.8).recalledAtEnd,
    );
  });
});
