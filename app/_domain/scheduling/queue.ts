import { cardStates, type CardStateValue } from "./card-state";
import type { StudyDay } from "./day-boundary";

export type DueCandidate = {
  questionId: string;
  state: CardStateValue;
  due: Date;
  /** Keys of the sentence and the fact the question was cut from. */
  siblingKeys: readonly string[];
};

export type NewCandidate = {
  questionId: string;
  siblingKeys: readonly string[];
};

export type QueueInput = {
  now: Date;
  /** Today's study day, from `dayBoundary`. */
  day: StudyDay;
  /** Cards with a due date before `day.end`; others are ignored. Any order. */
  dueCards: readonly DueCandidate[];
  /** Questions never studied, in the order they should be introduced (e.g. article order). */
  newQuestions: readonly NewCandidate[];
  /** Sibling keys of every question answered since `day.start`. */
  seenSiblingKeysToday: Iterable<string>;
  limits: { newPerDay: number; reviewsPerDay: number };
  /** Answers already given today, counted against the limits. */
  doneToday?: { newCards: number; reviews: number };
  /** Learning steps due this soon are shown now rather than leaving the student idle. */
  learnAheadMinutes?: number;
};

export type QueueItem = {
  questionId: string;
  kind: "learning" | "review" | "new";
  due: Date | null;
};

export type StudyQueue = {
  items: QueueItem[];
  /** Due or new questions held back until another day because a sibling was seen today. */
  deferredSiblings: string[];
  /** Due reviews left for another day by the review limit. */
  reviewsOverLimit: number;
};

// Anki's default learn-ahead limit (Preferences → Review → "Learn ahead limit": 20 minutes).
const defaultLearnAheadMinutes = 20;

/**
 * The ordered session for now: due cards oldest first, then new questions up to the new limit.
 * Review-state cards count against the review limit; cards in (re)learning do not, and are never
 * held back by siblings (Anki behaves the same way: burying applies to new and review cards).
 */
export function buildStudyQueue(input: QueueInput): StudyQueue {
  const done = input.doneToday ?? { newCards: 0, reviews: 0 };
  const usedKeys = new Set(input.seenSiblingKeysToday);
  const deferredSiblings: string[] = [];
  const items: QueueItem[] = [];
  let reviewsLeft = Math.max(0, input.limits.reviewsPerDay - done.reviews);
  let reviewsOverLimit = 0;
  for (const card of dueInOrder(input)) {
    const learning = card.state !== cardStates.review;
    if (!learning && conflicts(card.siblingKeys, usedKeys)) {
      deferredSiblings.push(card.questionId);
      continue;
    }
    if (!learning && reviewsLeft === 0) {
      reviewsOverLimit++;
      continue;
    }
    if (!learning) reviewsLeft--;
    card.siblingKeys.forEach((key) => usedKeys.add(key));
    items.push({
      questionId: card.questionId,
      kind: learning ? "learning" : "review",
      due: card.due,
    });
  }
  let newLeft = Math.max(0, input.limits.newPerDay - done.newCards);
  for (const question of input.newQuestions) {
    if (newLeft === 0) break;
    if (conflicts(question.siblingKeys, usedKeys)) {
      deferredSiblings.push(question.questionId);
      continue;
    }
    newLeft--;
    question.siblingKeys.forEach((key) => usedKeys.add(key));
    items.push({ questionId: question.questionId, kind: "new", due: null });
  }
  return { items, deferredSiblings, reviewsOverLimit };
}

function dueInOrder(input: QueueInput): DueCandidate[] {
  const learnAheadMs = (input.learnAheadMinutes ?? defaultLearnAheadMinutes) * 60_000;
  const learningCutoff = input.now.getTime() + learnAheadMs;
  return input.dueCards
    .filter((card) => {
      if (card.state === cardStates.new) return false;
      const due = card.due.getTime();
      // Review cards are due for the whole study day; learning steps are due to the minute.
      return card.state === cardStates.review
        ? due < input.day.end.getTime()
        : due <= learningCutoff;
    })
    .sort(
      (a, b) =>
        a.due.getTime() - b.due.getTime() ||
        (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0),
    );
}

function conflicts(keys: readonly string[], used: ReadonlySet<string>): boolean {
  return keys.some((key) => used.has(key));
}

/**
 * Learning steps that come due later in this study day, not in the queue yet: a card missed a
 * minute ago comes back in ten. "3 left today" that leaves them out jumps to 9 as they fall due,
 * and "Done for today" with them still to come sends the student away too early.
 */
export function laterToday(
  input: Pick<QueueInput, "dueCards" | "day" | "now">,
  queued: readonly QueueItem[],
): { count: number; nextAt: Date | null; inMs: number | null } {
  const inQueue = new Set(queued.map((item) => item.questionId));
  const later = input.dueCards.filter(
    (card) =>
      (card.state === cardStates.learning || card.state === cardStates.relearning) &&
      !inQueue.has(card.questionId) &&
      card.due.getTime() < input.day.end.getTime(),
  );
  if (later.length === 0) return { count: 0, nextAt: null, inMs: null };
  const first = Math.min(...later.map((card) => card.due.getTime()));
  // How long from now by the server's clock: a device's clock may be off by any amount.
  return {
    count: later.length,
    nextAt: new Date(first),
    inMs: Math.max(0, first - input.now.getTime()),
  };
}
