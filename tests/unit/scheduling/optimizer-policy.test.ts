import { describe, expect, it } from "vitest";
import { fitIsDue, fitReadiness, fittedParametersWin } from "@/app/_domain/scheduling";

describe("when to fit", () => {
  it("needs 400 reviews over 20 cards and says how many are missing", () => {
    expect(fitReadiness({ reviews: 0, cards: 0 })).toEqual({
      ready: false,
      reviewsNeeded: 400,
      cardsNeeded: 20,
    });
    expect(fitReadiness({ reviews: 399, cards: 50 })).toEqual({
      ready: false,
      reviewsNeeded: 1,
      cardsNeeded: 0,
    });
    expect(fitReadiness({ reviews: 1000, cards: 19 })).toMatchObject({
      ready: false,
      cardsNeeded: 1,
    });
    expect(fitReadiness({ reviews: 400, cards: 20 })).toEqual({
      ready: true,
      reviewsNeeded: 0,
      cardsNeeded: 0,
    });
  });

  it("refits only after 20% more reviews than the last fit used", () => {
    const counts = (reviews: number) => ({ reviews, cards: 40 });
    expect(fitIsDue(counts(400), null)).toBe(true);
    expect(fitIsDue(counts(399), null)).toBe(false);
    expect(fitIsDue(counts(599), { reviewCount: 500 })).toBe(false);
    expect(fitIsDue(counts(600), { reviewCount: 500 })).toBe(true);
  });
});

describe("when to schedule with the fitted parameters", () => {
  const metrics = (logLoss: number, rmseBins: number) => ({ logLoss, rmseBins });

  it("uses them only when their log loss is lower than the defaults'", () => {
    expect(fittedParametersWin({ default: metrics(0.34, 0.07), fitted: metrics(0.32, 0.05) })).toBe(
      true,
    );
    expect(fittedParametersWin({ default: metrics(0.32, 0.07), fitted: metrics(0.32, 0.01) })).toBe(
      false,
    );
  });

  it("is not swayed by a better RMSE(bins) when log loss is worse", () => {
    expect(fittedParametersWin({ default: metrics(0.3, 0.09), fitted: metrics(0.31, 0.02) })).toBe(
      false,
    );
  });

  it("never uses a fit whose metrics are not finite", () => {
    expect(
      fittedParametersWin({ default: metrics(0.3, 0.1), fitted: metrics(Number.NaN, 0.1) }),
    ).toBe(false);
  });
});
