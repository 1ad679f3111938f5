// How long a student took over an answer, as the server accepts it. The answer endpoints refuse
// a duration outside [0, a day] as bad input, and that refusal is final: the answer is dropped.
// A question left open over a weekend, or a device clock set back while it was shown (quizzes
// time with Date.now()), must still be answered, so the client clamps what it measured. Any
// duration past five minutes already counts as "left the screen" in rating.ts, so a day says
// no less than the true figure.

/** The longest duration the answer endpoints accept: one day. */
export const MAX_ANSWER_DURATION_MS = 86_400_000;

/** Whole milliseconds within [0, MAX_ANSWER_DURATION_MS]; a reading that is not a number is 0. */
export function clampAnswerDuration(elapsedMs: number): number {
  if (Number.isNaN(elapsedMs)) return 0;
  return Math.min(Math.max(Math.round(elapsedMs), 0), MAX_ANSWER_DURATION_MS);
}
