import { beforeAll, describe, expect, it } from "vitest";
import { simulatePopulation, type PopulationResult } from "./simulated-learner";

// 200 simulated learners × 20 cards × 120 days, with the real scheduler, fuzz on, and ratings from
// `ratingFromAnswer` on simulated response times. Each run takes about a second on one core.
const population = { learners: 200, cardsPerLearner: 20, days: 120, seed: 20240726 };

describe("scheduler simulation", () => {
  const results: Record<number, PopulationResult> = {};
  beforeAll(() => {
    for (const desiredRetention of [0.95, 0.9, 0.8]) {
      results[desiredRetention] = simulatePopulation({ ...population, desiredRetention });
    }
  });

  it("keeps measured recall of review cards within 3 points of a 0.90 target", () => {
    expect(results[0.9]!.reviewStateReviews).toBeGreaterThan(10_000);
    expect(Math.abs(results[0.9]!.measuredRetention - 0.9)).toBeLessThanOrEqual(0.03);
  });

  it("keeps measured recall within 3 points of a 0.80 target too", () => {
    expect(Math.abs(results[0.8]!.measuredRetention - 0.8)).toBeLessThanOrEqual(0.03);
  });

  it("needs fewer reviews as desired retention is lowered from 0.95 to 0.90 to 0.80", () => {
    expect(results[0.95]!.totalReviews).toBeGreaterThan(results[0.9]!.totalReviews);
    expect(results[0.9]!.totalReviews).toBeGreaterThan(results[0.8]!.totalReviews);
  });

  it("would notice a scheduler that credits learners with twice the memory they have", () => {
    // The band check has power: with every learner's true stability halved, recall at review
    // falls to about 0.85, outside the ±3 point band.
    const misSpecified = simulatePopulation({
      ...population,
      learners: 100,
      desiredRetention: 0.9,
      forgetFactor: 0.5,
    });
    expect(Math.abs(misSpecified.measuredRetention - 0.9)).toBeGreaterThan(0.03);
  });
});
