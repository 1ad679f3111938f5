// A population of simulated students with known memories, studying with the real scheduler.
// Ground truth per learner: an FSRS-6 memory model with the default weights, except that the
// learner's initial stabilities (w0–w3) are scaled by a personal factor drawn log-normally
// (σ = 0.2), and an optional `forgetFactor` that makes the truth forget faster than the
// scheduler's model (used to show that a mis-specified scheduler misses the band).
import { dateDiffInDays, default_w, FSRSAlgorithm, type FSRSState, type Grade } from "ts-fsrs";
import {
  cardStates,
  mulberry32,
  newCardState,
  parseSchedulerConfig,
  ratingFromAnswer,
  scheduleAnswer,
  type CardState,
  type RandomSource,
} from "@/app/_domain/scheduling";

export type PopulationOptions = {
  desiredRetention: number;
  learners: number;
  cardsPerLearner: number;
  days: number;
  seed: number;
  forgetFactor?: number;
};

export type PopulationResult = {
  totalReviews: number;
  reviewStateReviews: number;
  reviewStateRecalled: number;
  measuredRetention: number;
};

const dayMs = 86_400_000;
const start = Date.UTC(2024, 0, 1, 9);
const expectedMs = 10_000;

function gaussian(random: RandomSource): number {
  // Box–Muller; 1 - u keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

type Truth = { model: FSRSAlgorithm; state: FSRSState | null; lastReview: Date | null };

function trueRecall(truth: Truth, now: Date, forgetFactor: number): number {
  if (!truth.state || !truth.lastReview) return 0;
  const elapsedDays = (now.getTime() - truth.lastReview.getTime()) / dayMs;
  return truth.model.forgetting_curve(elapsedDays, truth.state.stability * forgetFactor);
}

/** The instant the learner next looks at the card: at its due time if today, else next session. */
function nextReviewTime(card: CardState, previous: Date): Date {
  const dueDay = Math.floor((card.due.getTime() - start) / dayMs);
  const previousDay = Math.floor((previous.getTime() - start) / dayMs);
  if (dueDay === previousDay) return card.due;
  return new Date(Math.min(card.due.getTime(), start + dueDay * dayMs));
}

export function simulatePopulation(options: PopulationOptions): PopulationResult {
  const random = mulberry32(options.seed);
  const config = parseSchedulerConfig({
    desiredRetention: options.desiredRetention,
    fuzz: { enabled: true, seed: `simulation-${options.seed}` },
  });
  const end = new Date(start + options.days * dayMs);
  const result = { totalReviews: 0, reviewStateReviews: 0, reviewStateRecalled: 0 };
  for (let learner = 0; learner < options.learners; learner++) {
    const factor = Math.exp(0.2 * gaussian(random));
    const weights = default_w.map((value, index) => (index < 4 ? value * factor : value));
    const model = new FSRSAlgorithm({ w: weights });
    for (let index = 0; index < options.cardsPerLearner; index++) {
      const introduced = new Date(start + Math.floor(index / 4) * dayMs);
      const truth: Truth = { model, state: null, lastReview: null };
      studyCard({
        truth,
        introduced,
        end,
        random,
        result,
        options,
        config,
        key: `${learner}:${index}`,
      });
    }
  }
  return {
    ...result,
    measuredRetention: result.reviewStateRecalled / result.reviewStateReviews,
  };
}

type StudyCardInput = {
  truth: Truth;
  introduced: Date;
  end: Date;
  random: RandomSource;
  result: Omit<PopulationResult, "measuredRetention">;
  options: PopulationOptions;
  config: ReturnType<typeof parseSchedulerConfig>;
  key: string;
};

function studyCard(input: StudyCardInput): void {
  const { truth, random, result } = input;
  // Prior knowledge: the chance of answering a question right the first time it is shown.
  const prior = 0.3 + 0.6 * random();
  let card = newCardState(input.introduced);
  let now = input.introduced;
  while (now.getTime() < input.end.getTime()) {
    const recall = truth.state ? trueRecall(truth, now, input.options.forgetFactor ?? 1) : prior;
    const correct = random() < recall;
    const durationMs = expectedMs * Math.exp(0.5 * gaussian(random)) * (0.6 + 3 * (1 - recall));
    const rating = ratingFromAnswer({
      kind: "graded",
      correct,
      usedHint: false,
      durationMs,
      expectedMs,
    });
    if (card.state === cardStates.review) {
      result.reviewStateReviews++;
      if (correct) result.reviewStateRecalled++;
    }
    result.totalReviews++;
    const elapsedDays = truth.lastReview ? dateDiffInDays(truth.lastReview, now) : 0;
    truth.state = truth.model.next_state(
      truth.state,
      elapsedDays,
      rating as Grade,
      truth.state ? recall : undefined,
    );
    truth.lastReview = now;
    card = scheduleAnswer({ card, rating, now, config: input.config, cardKey: input.key }).after;
    now = nextReviewTime(card, now);
  }
}
