import "server-only";
import {
  buildStudyQueue,
  laterToday,
  moreNewStep,
  cardStates,
  studyDayInZone,
  type CardStateValue,
  type QueueInput,
  type QueueItem,
  type StudyDay,
} from "@/app/_domain/scheduling";
import type { ClaimedUser, CurrentUser } from "../../current-user";
import { database } from "../../db";
import { actorNotFound } from "../sessions/session-check-sql";
import { frontierRaise, raiseFrontier } from "./new-frontier";
import { readQueueOf, type QueueRow } from "./queue-statements";
import { offsetMinutesAt } from "./time-zone";

/** `questionRevision`: when the question's row last changed (epoch ms), to cache its text by. */
export type QueueEntry = QueueItem & { cardVersion: number; questionRevision: number };
export type QueueCounts = { new: number; learning: number; review: number };
export type DueCardsView = {
  items: QueueEntry[];
  counts: QueueCounts;
  day: StudyDay;
  /** Questions held back until another day because a sibling was seen today. */
  deferredSiblings: string[];
  reviewsOverLimit: number;
  settings: QueueSettings;
  /** Questions never studied that the queue could introduce (one a sentence), today or later;
   * counted up to twice the daily new limit plus a margin. */
  newCandidates: number;
  /** New questions allowed above the daily limit today ("Learn more today"). */
  extraNewToday: number;
  /** When nothing is left: how many new questions raising today's limit by `moreNewStep` would
   * bring now (siblings of today's answers stay deferred); 0 while items remain. */
  moreNewAvailable: number;
  /** Learning steps due later in this study day, not among `items` yet. */
  laterToday: { count: number; nextAt: Date | null; inMs: number | null };
};
type QueueSettings = NonNullable<QueueRow["settings"]>;

const hourMs = 3_600_000;
// A study day lasts at most 25 hours (the day daylight-saving time ends).
const widestDayMs = 25 * hourMs;

/**
 * Today's study queue for the acting user, optionally limited to some articles: due cards oldest
 * first, then new questions up to the daily new limit, reviews capped by the daily review limit,
 * siblings of anything answered today deferred, retired questions never included.
 */
export async function listDueCards(options: {
  actor: CurrentUser | ClaimedUser;
  now: Date;
  articleIds?: readonly string[];
}): Promise<DueCardsView> {
  const { actor, now } = options;
  const db = await database();
  const articleIds =
    options.articleIds && options.articleIds.length > 0 ? options.articleIds : null;
  const row = await readQueueOf(db)({
    userId: actor.id,
    dueBefore: new Date(now.getTime() + widestDayMs),
    answeredSince: new Date(now.getTime() - widestDayMs),
    articleIds,
    sessionId: "sessionId" in actor ? actor.sessionId : null,
    now,
  });
  if (!row?.settings) throw actorNotFound(actor);
  const raise = articleIds ? null : frontierRaise(row);
  if (raise) await raiseFrontier(db, actor.id, raise);
  return buildView(row, row.settings, now);
}

function buildView(row: QueueRow, settings: QueueSettings, now: Date): DueCardsView {
  const day = studyDayInZone(now, (at) => offsetMinutesAt(settings.timeZone, at));
  const extraNewToday = settings.extraNewDay === day.key ? settings.extraNewCards : 0;
  const input = queueInput(row, settings, now, day, extraNewToday);
  // Learning steps due within 20 minutes are shown early only when nothing else is left (as in
  // Anki); otherwise a card answered a moment ago would come straight back.
  let queue = buildStudyQueue({ ...input, learnAheadMinutes: 0 });
  if (queue.items.length === 0) queue = buildStudyQueue(input);
  const rows = new Map([...row.due, ...row.fresh].map((card) => [card.id, card]));
  const items = queue.items.map((item) => {
    const row = rows.get(item.questionId);
    return { ...item, cardVersion: row?.version ?? 0, questionRevision: row?.revision ?? 0 };
  });
  const count = (kind: QueueItem["kind"]) => items.filter((item) => item.kind === kind).length;
  return {
    items,
    counts: { new: count("new"), learning: count("learning"), review: count("review") },
    day,
    deferredSiblings: queue.deferredSiblings,
    reviewsOverLimit: queue.reviewsOverLimit,
    settings,
    newCandidates: row.fresh.length,
    extraNewToday,
    moreNewAvailable: queue.items.length === 0 ? moreNewAvailable(input) : 0,
    laterToday: laterToday(input, queue.items),
  };
}

function moreNewAvailable(input: QueueInput): number {
  const newPerDay = input.limits.newPerDay + moreNewStep;
  const raised = buildStudyQueue({ ...input, limits: { ...input.limits, newPerDay } });
  return raised.items.filter((item) => item.kind === "new").length;
}

function queueInput(
  row: QueueRow,
  settings: QueueSettings,
  now: Date,
  day: StudyDay,
  extraNewToday: number,
): QueueInput {
  const answeredToday = row.today.filter((answer) => answer.at >= day.start.getTime());
  const answeredFrom = (state: number) =>
    answeredToday.filter((answer) => answer.stateBefore === state).length;
  return {
    now,
    day,
    dueCards: row.due.map((card) => ({
      questionId: card.id,
      state: card.state as CardStateValue,
      due: new Date(card.due),
      siblingKeys: [card.siblingKey],
    })),
    // In the walk's order, the database's (its collation of article ids may not be JavaScript's).
    newQuestions: [...row.fresh]
      .sort((a, b) => a.walkOrder - b.walkOrder)
      .map((question) => ({ questionId: question.id, siblingKeys: [question.siblingKey] })),
    seenSiblingKeysToday: answeredToday.map((answer) => answer.siblingKey),
    limits: {
      newPerDay: settings.newCardsPerDay + extraNewToday,
      reviewsPerDay: settings.reviewsPerDay,
    },
    // Learning steps count against neither limit, as in buildStudyQueue.
    doneToday: { newCards: answeredFrom(cardStates.new), reviews: answeredFrom(cardStates.review) },
  };
}
