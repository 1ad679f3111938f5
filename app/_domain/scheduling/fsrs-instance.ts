import { default_w, fsrs, StrategyMode, type FSRS, type TSeedStrategy } from "ts-fsrs";
import type { SchedulerConfig } from "./config";

// ts-fsrs draws the fuzz from `alea(seed)`, and by default derives the seed from the review time,
// repetition count and memory state (DefaultInitSeedStrategy in ts-fsrs/src/strategies/seed.ts).
// We add the configured salt and the card key so two cards learned in the same millisecond
// are still spread apart, and so the draw is reproducible from stored inputs alone.
function seedStrategy(salt: string): TSeedStrategy {
  return function (this) {
    // `current` and `review_time` are protected on AbstractScheduler; the strategy is called
    // with the scheduler as `this` precisely so it can read them.
    const scheduler = this as unknown as {
      current: { fuzzKey?: string; reps: number };
      review_time: Date;
    };
    const key = scheduler.current.fuzzKey ?? "";
    return `${salt}|${key}|${scheduler.review_time.getTime()}|${scheduler.current.reps}`;
  };
}

// Building a ts-fsrs instance validates and clips the weights; do it once per distinct config.
// The instance keeps no state between calls except the seed, which every call resets first.
const byObject = new WeakMap<SchedulerConfig, FSRS>();
const byValue = new Map<string, FSRS>();
const byValueLimit = 64;

/** The ts-fsrs scheduler for a config. */
export function fsrsFor(config: SchedulerConfig): FSRS {
  const known = byObject.get(config);
  if (known) return known;
  const key = JSON.stringify(config);
  const cached = byValue.get(key) ?? buildFsrs(config);
  if (byValue.size >= byValueLimit) byValue.clear();
  byValue.set(key, cached);
  byObject.set(config, cached);
  return cached;
}

function buildFsrs(config: SchedulerConfig): FSRS {
  return fsrs({
    request_retention: config.desiredRetention,
    maximum_interval: config.maximumIntervalDays,
    w: config.parameters ?? default_w,
    enable_fuzz: config.fuzz.enabled,
    enable_short_term: true,
    learning_steps: config.learningSteps,
    relearning_steps: config.relearningSteps,
  }).useStrategy(StrategyMode.SEED, seedStrategy(config.fuzz.seed));
}

/** The FSRS-6 weights actually used for a config (stored on each review log row). */
export function weightsFor(config: SchedulerConfig): number[] {
  return [...fsrsFor(config).parameters.w];
}
