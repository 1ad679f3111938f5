import "server-only";
import {
  computeParameters,
  FSRSBinding,
  FSRSBindingItem,
  FSRSBindingReview,
} from "@open-spaced-repetition/binding";
import type { FitMetrics, TrainingItem } from "@/app/_domain/scheduling";

// The FSRS optimizer is fsrs-rs, loaded from a native linux-x64 binary inside the npm package
// (listed in next.config.js serverExternalPackages so Next.js loads it from node_modules).

function toBindingItems(items: TrainingItem[]): FSRSBindingItem[] {
  return items.map(
    (item) =>
      new FSRSBindingItem(
        item.reviews.map((review) => new FSRSBindingReview(review.rating, review.deltaT)),
      ),
  );
}

export type TrainingOutcome = {
  parameters: number[];
  default: FitMetrics;
  fitted: FitMetrics;
};

/**
 * Fits FSRS-6 parameters to the items and scores both parameter sets on the same items.
 * `computeParameters` runs as a native async task on libuv's thread pool, so the event loop keeps
 * serving requests meanwhile; `evaluate` is synchronous but linear in the items (about a
 * millisecond per thousand). fsrs-rs shuffles batches with a fixed seed, so the same items
 * always give the same parameters. Short-term (same-day) reviews are modelled because the
 * scheduler runs with `enable_short_term`; `numRelearningSteps` matches its relearning steps.
 */
export async function trainParameters(options: {
  items: TrainingItem[];
  defaultParameters: number[];
  numRelearningSteps: number;
}): Promise<TrainingOutcome> {
  const items = toBindingItems(options.items);
  const parameters = await computeParameters(items, {
    enableShortTerm: true,
    numRelearningSteps: options.numRelearningSteps,
  });
  return {
    parameters,
    default: metricsOf(new FSRSBinding(options.defaultParameters).evaluate(items)),
    fitted: metricsOf(new FSRSBinding(parameters).evaluate(items)),
  };
}

function metricsOf(evaluation: { logLoss: number; rmseBins: number }): FitMetrics {
  return { logLoss: evaluation.logLoss, rmseBins: evaluation.rmseBins };
}
