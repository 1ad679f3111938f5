// When to fit a student's FSRS parameters, and when to schedule with the fitted ones.

// 400 reviews is our own threshold (a few hundred, the order of what Anki's optimizer has asked
// for): with fewer, the 21 FSRS-6 parameters are under-determined and the fit mostly restates
// the defaults. Only fitted parameters that beat the defaults' log loss are used, which guards
// a threshold set too low. Spreading them over at least 20 cards keeps a few over-drilled cards
// from standing in for the student's memory in general.
export const minReviewsForFit = 400;
export const minCardsForFit = 20;
// Refit after 20% more reviews: the parameters move slowly, and a fit costs about a second of
// CPU, so refitting on every answer would buy nothing.
export const refitGrowth = 1.2;

/** Non-undone reviews of a student, and over how many distinct cards. */
export type ReviewCounts = { reviews: number; cards: number };

export type FitReadiness = {
  ready: boolean;
  /** How many more reviews (and cards) before the first fit; 0 once reached. */
  reviewsNeeded: number;
  cardsNeeded: number;
};

export function fitReadiness(counts: ReviewCounts): FitReadiness {
  const reviewsNeeded = Math.max(0, minReviewsForFit - counts.reviews);
  const cardsNeeded = Math.max(0, minCardsForFit - counts.cards);
  return { ready: reviewsNeeded === 0 && cardsNeeded === 0, reviewsNeeded, cardsNeeded };
}

/** Whether to fit now: ready, and never fitted or 20% more reviews than the last fit used. */
export function fitIsDue(counts: ReviewCounts, lastFit: { reviewCount: number } | null): boolean {
  if (!fitReadiness(counts).ready) return false;
  return lastFit === null || counts.reviews >= Math.ceil(lastFit.reviewCount * refitGrowth);
}

/** Log loss and RMSE(bins) of one parameter set over the student's own reviews. */
export type FitMetrics = { logLoss: number; rmseBins: number };

/**
 * Schedule with the fitted parameters only if they predict the student's recalls better than the
 * defaults by log loss (lower is better), as Anki keeps the current parameters when a new fit
 * does not improve on them. Log loss decides, not RMSE(bins): binned calibration alone can be
 * gamed by a model that predicts each bin's average, while log loss scores every prediction.
 */
export function fittedParametersWin(fit: { default: FitMetrics; fitted: FitMetrics }): boolean {
  const { default: before, fitted } = fit;
  if (!Number.isFinite(fitted.logLoss) || !Number.isFinite(fitted.rmseBins)) return false;
  return !Number.isFinite(before.logLoss) || fitted.logLoss < before.logLoss;
}
