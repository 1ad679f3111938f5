import { forgetting_curve } from "ts-fsrs";
import { newCardState, ratings, type CardState } from "./card-state";
import { parseSchedulerConfig, type SchedulerConfig, type SchedulerConfigInput } from "./config";
import { weightsFor } from "./fsrs-instance";
import { mulberry32, type RandomSource } from "./prng";
import { scheduleAnswer } from "./schedule";

export type WorkloadOptions = {
  /** Cards simulated; results are scaled to 100 cards. More cards, less sampling noise. */
  cards?: number;
  /** New cards introduced per day until all are in. */
  newPerDay?: number;
  days?: number;
  seed?: number;
  /** Other scheduler settings (steps, fitted parameters); desired retention comes from the argument. */
  config?: Omit<SchedulerConfigInput, "desiredRetention">;
};

export type WorkloadEstimate = {
  desiredRetention: number;
  /** Mean reviews per day per 100 cards over the simulated period, learning steps included. */
  reviewsPerDayPer100: number;
  totalReviews: number;
  /** Share of the cards the student would recall on the last simulated day. */
  recalledAtEnd: number;
};

const dayMs = 86_400_000;
// A fixed, arbitrary start: the estimate must not depend on when it is computed.
const simulationStart = Date.UTC(2024, 0, 1, 9);

/**
 * Expected cost of a desired retention, by Monte Carlo simulation with a seeded generator, as
 * Anki's FSRS simulator does (FSRS wiki, "The optimal retention"). The simulated student's
 * memory follows the scheduler's own model (default or fitted parameters): recall probability
 * at each review is the FSRS-6 retrievability; a recall is rated Good, a lapse Again, and the
 * first sight of a card Good (the student has just read its source sentence).
 */
export function estimateWorkload(
  desiredRetention: number,
  options: WorkloadOptions = {},
): WorkloadEstimate {
  const { cards = 500, newPerDay = 50, days = 365, seed = 1 } = options;
  const config = parseSchedulerConfig({ ...options.config, desiredRetention });
  const weights = weightsFor(config);
  const end = simulationStart + days * dayMs;
  let totalReviews = 0;
  let recalled = 0;
  for (let index = 0; index < cards; index++) {
    const introduced = simulationStart + Math.floor(index / newPerDay) * dayMs;
    // One stream per card (common random numbers): the same card meets the same luck at every
    // retention, so differences between retentions are not sampling noise.
    const random = mulberry32(seed * 100_003 + index);
    const result = simulateCard({ introduced, end, config, weights, random, key: String(index) });
    totalReviews += result.reviews;
    recalled += retrievability(weights, result.card, end);
  }
  return {
    desiredRetention: config.desiredRetention,
    reviewsPerDayPer100: ((totalReviews / days) * 100) / cards,
    totalReviews,
    recalledAtEnd: recalled / cards,
  };
}

type SimulateCardInput = {
  introduced: number;
  end: number;
  config: SchedulerConfig;
  weights: number[];
  random: RandomSource;
  key: string;
};

function simulateCard(input: SimulateCardInput): { card: CardState; reviews: number } {
  let card = newCardState(new Date(input.introduced));
  let reviews = 0;
  while (card.due.getTime() < input.end) {
    const now = card.due;
    const recall = card.lastReview ? retrievability(input.weights, card, now.getTime()) : 1;
    const rating = input.random() < recall ? ratings.good : ratings.again;
    card = scheduleAnswer({ card, rating, now, config: input.config, cardKey: input.key }).after;
    reviews++;
  }
  return { card, reviews };
}

function retrievability(weights: number[], card: CardState, at: number): number {
  if (!card.lastReview || card.stability <= 0) return 0;
  const elapsedDays = Math.max(0, at - card.lastReview.getTime()) / dayMs;
  return forgetting_curve(weights, elapsedDays, card.stability);
}
