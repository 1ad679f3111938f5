// "Learn more today": when the day's queue is empty, a student may raise today's new limit by a
// step. The allowance is the day's whole amount above the limit (what was shown plus one step),
// so a retried request allows no more than one; it is capped so the queue read stays bounded.

/** How far one "Learn more today" raises today's new limit. */
export const moreNewStep = 10;

/** The most "Learn more today" allows above the daily new limit, in one study day. */
export const maxExtraNewCards = 500;

export type LearnMoreOffer = { questions: number; extraNewCards: number };

/**
 * What the finished-for-today screen offers: `available` new questions one more step would bring,
 * asking for today's allowance plus one step. Nothing when none would come, or when the step would
 * pass the cap (the request would be refused).
 */
export function learnMoreOffer(available: number, extraNewToday: number): LearnMoreOffer | null {
  const extraNewCards = extraNewToday + moreNewStep;
  if (available <= 0 || extraNewCards > maxExtraNewCards) return null;
  return { questions: available, extraNewCards };
}
