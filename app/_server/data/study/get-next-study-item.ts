import "server-only";
import type { ClaimedUser, CurrentUser } from "../../current-user";
import { database } from "../../db";
import {
  listDueCards,
  type DueCardsView,
  type QueueCounts,
  type QueueEntry,
} from "./list-due-cards";
import { previewTomorrow, type TomorrowPreview } from "./preview-tomorrow";
import { learnMoreOffer } from "@/app/_domain/scheduling";
import { questionForStudySql } from "./queue-sql";

type QuestionType =
  "cloze" | "multiple_choice" | "true_false" | "short_answer" | "numeric" | "flashcard";

/** What the client may see before answering: never the answer of a graded question. */
export type StudyItem = {
  questionId: string;
  type: QuestionType;
  kind: QueueEntry["kind"];
  prompt: string;
  /** Options of a multiple-choice question; empty for every other type. */
  choices: string[];
  articleId: string;
  sentenceId: string;
  /** Send back with the answer: a card answered meanwhile on another device is then refused. */
  cardVersion: number;
  /** A flashcard's back, which the student flips to before rating themselves; null otherwise. */
  flashcardBack: { answer: string; sourceQuote: string } | null;
};

export type NextStudyItem = {
  item: StudyItem | null;
  /** Items left today, the one returned included. */
  remaining: QueueCounts;
  studyDay: { key: string; endsAt: Date };
  /** When nothing is left today: what the next study day holds; null while items remain. */
  tomorrow: TomorrowPreview | null;
  /** When nothing is left today but new questions are: how many one "Learn more today" brings,
   * and the day's allowance to ask for (extendNewCardsToday); null otherwise. */
  learnMore: { questions: number; extraNewCards: number } | null;
  /** Learning steps that come back later in this study day (a missed card in ten minutes). */
  laterToday: { count: number; nextAt: Date | null; inMs: number | null };
};

type QuestionRow = {
  id: string;
  type: QuestionType;
  prompt: string;
  choices: string[];
  articleId: string;
  sentenceId: string;
  answer: string;
  sourceQuote: string;
};

export async function getNextStudyItem(options: {
  actor: CurrentUser | ClaimedUser;
  now: Date;
  articleIds?: readonly string[];
}): Promise<NextStudyItem> {
  const queue = await listDueCards(options);
  const studyDay = { key: queue.day.key, endsAt: queue.day.end };
  const first = queue.items[0];
  const question = first ? await questionFor(first) : null;
  // None left, or retired between the two statements: show nothing rather than a retired question.
  if (!first || !question) {
    const { actor, articleIds } = options;
    const tomorrow = await previewTomorrow({ userId: actor.id, queue, articleIds });
    return {
      item: null,
      remaining: queue.counts,
      studyDay,
      tomorrow,
      learnMore: learnMore(queue),
      laterToday: queue.laterToday,
    };
  }
  const item = toStudyItem(question, first);
  const { counts: remaining, laterToday } = queue;
  return { item, remaining, studyDay, tomorrow: null, learnMore: null, laterToday };
}

function learnMore(queue: DueCardsView): NextStudyItem["learnMore"] {
  return learnMoreOffer(queue.moreNewAvailable, queue.extraNewToday);
}

// A question's text changes only when content sync rewrites its row, which moves its updatedAt;
// the queue statement reads updatedAt with each candidate, so a copy taken at the same revision is
// the row as it is now, and the usual next-card request needs no second statement. Bounded: one
// entry per question shown, emptied when full.
const questions = new Map<string, { revision: number; row: QuestionRow }>();
const maxQuestions = 10_000;

async function questionFor(entry: QueueEntry): Promise<QuestionRow | null> {
  const cached = questions.get(entry.questionId);
  if (cached && cached.revision === entry.questionRevision) return cached.row;
  const [row] = await (
    await database()
  ).hotQuery<QuestionRow>(questionForStudySql(entry.questionId));
  if (!row) return null;
  if (questions.size >= maxQuestions) questions.clear();
  questions.set(entry.questionId, { revision: entry.questionRevision, row });
  return row;
}

function toStudyItem(question: QuestionRow, entry: QueueEntry): StudyItem {
  const flashcard = question.type === "flashcard";
  return {
    questionId: question.id,
    type: question.type,
    kind: entry.kind,
    prompt: question.prompt,
    choices: question.type === "multiple_choice" ? question.choices : [],
    articleId: question.articleId,
    sentenceId: question.sentenceId,
    cardVersion: entry.cardVersion,
    flashcardBack: flashcard
      ? { answer: question.answer, sourceQuote: question.sourceQuote }
      : null,
  };
}
