import { ratings, type RatingValue } from "./card-state";

export type AnswerOutcome =
  | { kind: "self"; rating: RatingValue }
  | {
      kind: "graded";
      correct: boolean;
      usedHint: boolean;
      durationMs: number;
      expectedMs?: number;
    };

export type RatingThresholds = {
  /** Expected answer time when the question does not say (typed short answer on a phone). */
  defaultExpectedMs: number;
  /** Correct within this fraction of the expected time → Easy. */
  easyAtMost: number;
  /** Correct after this multiple of the expected time → Hard. */
  hardAtLeast: number;
  /** Longer than this and the student probably left the screen: the time says nothing. */
  idleAfterMs: number;
};

// Why these defaults:
// - Response time tracks memory strength: slower correct retrievals predict weaker memories
//   (Mettler, Massey & Kellman 2016, "A comparison of adaptive and fixed schedules of practice",
//   J. Exp. Psychol. Gen. 145(7), which schedules by response time for this reason).
// - A false Easy is the costly mistake: FSRS-6's Easy bonus (w16 ≈ 1.87) multiplies the stability
//   gain, while Hard (w15 ≈ 0.60) only shrinks it. So Easy needs a clearly fast answer (half the
//   expected time) and Hard needs a clearly slow one (three times it); everything between is Good,
//   which is what FSRS assumes for a plain "correct" (ts-fsrs README: Good = "recalled after a
//   short hesitation").
// - 12 s is a typed answer of one to three words on a phone keyboard, reading time included.
// - After 5 minutes the tab was almost certainly left open; we fall back to Good.
export const defaultRatingThresholds: RatingThresholds = {
  defaultExpectedMs: 12_000,
  easyAtMost: 0.5,
  hardAtLeast: 3,
  idleAfterMs: 5 * 60_000,
};

/** Maps an answer to an FSRS rating: wrong → Again, hint or very slow → Hard, fast → Easy. */
export function ratingFromAnswer(
  outcome: AnswerOutcome,
  thresholds: RatingThresholds = defaultRatingThresholds,
): RatingValue {
  if (outcome.kind === "self") return outcome.rating;
  if (!outcome.correct) return ratings.again;
  if (outcome.usedHint) return ratings.hard;
  const { durationMs } = outcome;
  if (!Number.isFinite(durationMs) || durationMs <= 0 || durationMs > thresholds.idleAfterMs) {
    return ratings.good;
  }
  const expectedMs = outcome.expectedMs ?? thresholds.defaultExpectedMs;
  if (durationMs >= expectedMs * thresholds.hardAtLeast) return ratings.hard;
  if (durationMs <= expectedMs * thresholds.easyAtMost) return ratings.easy;
  return ratings.good;
}
