import { State, type Card } from "ts-fsrs";

/** FSRS card state; the numbers match ts-fsrs's `State` and the `Card.state` column. */
export const cardStates = { new: 0, learning: 1, review: 2, relearning: 3 } as const;
export type CardStateValue = (typeof cardStates)[keyof typeof cardStates];

/** FSRS ratings; the numbers match ts-fsrs's `Rating` and the `ReviewLog.rating` column. */
export const ratings = { again: 1, hard: 2, good: 3, easy: 4 } as const;
export type RatingValue = (typeof ratings)[keyof typeof ratings];

/** One row of the `Card` table, minus its keys. */
export type CardState = {
  state: CardStateValue;
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
  /** Optimistic-concurrency counter: every answer increments it. */
  version: number;
};

/** The pre-answer state as the `ReviewLog` table stores it, so undo can restore it exactly. */
export type CardStateBefore = {
  stateBefore: CardStateValue;
  dueBefore: Date;
  stabilityBefore: number;
  difficultyBefore: number;
  scheduledDaysBefore: number;
  learningStepsBefore: number;
  repsBefore: number;
  lapsesBefore: number;
  lastReviewBefore: Date | null;
  versionBefore: number;
};

/** A card that has never been studied, due immediately. */
export function newCardState(now: Date): CardState {
  return {
    state: cardStates.new,
    due: new Date(now.getTime()),
    stability: 0,
    difficulty: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    lastReview: null,
    version: 0,
  };
}

export function toStateBefore(card: CardState): CardStateBefore {
  return {
    stateBefore: card.state,
    dueBefore: new Date(card.due.getTime()),
    stabilityBefore: card.stability,
    difficultyBefore: card.difficulty,
    scheduledDaysBefore: card.scheduledDays,
    learningStepsBefore: card.learningSteps,
    repsBefore: card.reps,
    lapsesBefore: card.lapses,
    lastReviewBefore: card.lastReview ? new Date(card.lastReview.getTime()) : null,
    versionBefore: card.version,
  };
}

/** Restores the exact card a review log row was answered from (used by undo). */
export function fromStateBefore(log: CardStateBefore): CardState {
  return {
    state: log.stateBefore,
    due: new Date(log.dueBefore.getTime()),
    stability: log.stabilityBefore,
    difficulty: log.difficultyBefore,
    scheduledDays: log.scheduledDaysBefore,
    learningSteps: log.learningStepsBefore,
    reps: log.repsBefore,
    lapses: log.lapsesBefore,
    lastReview: log.lastReviewBefore ? new Date(log.lastReviewBefore.getTime()) : null,
    version: log.versionBefore,
  };
}

/** ts-fsrs card plus the key our fuzz seed strategy reads (ts-fsrs copies extra fields). */
export type FsrsCardWithKey = Card & { fuzzKey: string };

export function toFsrsCard(card: CardState, fuzzKey: string): FsrsCardWithKey {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    // Deprecated in ts-fsrs 5 and recomputed from last_review on every review.
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as number as State,
    last_review: card.lastReview ?? undefined,
    fuzzKey,
  };
}

export function fromFsrsCard(card: Card, version: number): CardState {
  return {
    state: card.state as number as CardStateValue,
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ?? null,
    version,
  };
}
