// Review logs → the FSRS optimizer's training data (fsrs-rs `FSRSItem`s, built by the server
// with @open-spaced-repetition/binding). Plain data here so the conversion is pure and golden-tested.

/** One stored answer, as the optimizer needs it. */
export type OptimizerReview = {
  questionId: string;
  reviewedAt: Date;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  /** Card state before the answer (0 New): a history must start from a new card. */
  stateBefore: number;
  undoneAt: Date | null;
};

/** One review inside an item: its rating and the whole study days since the previous review. */
export type TrainingReview = { rating: number; deltaT: number };

/**
 * One training item: a card's reviews up to and including the one whose outcome is predicted
 * (fsrs-rs: "each FSRSItem corresponds to a single review, but contains the previous reviews of
 * the card as well"). The first review always has deltaT 0.
 */
export type TrainingItem = { reviews: TrainingReview[] };

export type StudyDayClock = {
  /** Minutes east of UTC in force at an instant (the student's zone; follows daylight saving). */
  offsetMinutesAt: (at: Date) => number;
  /** Hour at which a study day starts (Anki's "next day starts at", default 4). */
  rolloverHour?: number;
};

const minuteMs = 60_000;
const hourMs = 3_600_000;
const dayMs = 86_400_000;

/** Index of the student's study day containing `at` (same rule as `dayBoundary`). */
export function studyDayNumber(at: Date, clock: StudyDayClock): number {
  const shifted =
    at.getTime() + clock.offsetMinutesAt(at) * minuteMs - (clock.rolloverHour ?? 4) * hourMs;
  return Math.floor(shifted / dayMs);
}

/**
 * The training items of a student's history. Undone answers are dropped (undo removes an answer
 * from statistics). Reviews are grouped per question and ordered by time, ties broken by rating,
 * and questions are taken in id order, so the same logs always give the same items in the same
 * order whatever order the database returned them in. A card whose earliest kept review is not
 * from the New state has an incomplete history and is skipped, as Anki does. deltaT counts study
 * days, not 24-hour spans, as fsrs-rs and Anki do; same-day reviews (learning steps) get 0,
 * which the short-term part of FSRS-6 uses.
 */
export function optimizerItems(reviews: OptimizerReview[], clock: StudyDayClock): TrainingItem[] {
  const items: TrainingItem[] = [];
  for (const history of historiesByQuestion(reviews)) {
    if (history[0]!.stateBefore !== 0) continue;
    const days = history.map((review) => studyDayNumber(review.reviewedAt, clock));
    const sequence = history.map((review, i) => ({
      rating: review.rating,
      deltaT: i === 0 ? 0 : days[i]! - days[i - 1]!,
    }));
    for (let end = 2; end <= sequence.length; end++) {
      items.push({ reviews: sequence.slice(0, end) });
    }
  }
  return items;
}

function historiesByQuestion(reviews: OptimizerReview[]): OptimizerReview[][] {
  const byQuestion = new Map<string, OptimizerReview[]>();
  for (const review of reviews) {
    if (review.undoneAt !== null || review.rating < 1 || review.rating > 4) continue;
    const list = byQuestion.get(review.questionId) ?? [];
    list.push(review);
    byQuestion.set(review.questionId, list);
  }
  const ids = [...byQuestion.keys()].sort();
  return ids.map((id) =>
    byQuestion
      .get(id)!
      .sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime() || a.rating - b.rating),
  );
}
