import "server-only";
import type { CurrentUser } from "../../current-user";
import { database } from "../../db";
import { listDueCards, type QueueCounts, type QueueEntry } from "./list-due-cards";
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
  actor: CurrentUser;
  now: Date;
  articleIds?: readonly string[];
}): Promise<NextStudyItem> {
  const queue = await listDueCards(options);
  const studyDay = { key: queue.day.key, endsAt: queue.day.end };
  const first = queue.items[0];
  if (!first) return { item: null, remaining: queue.counts, studyDay };
  const [question] = await (
    await database()
  ).hotQuery<QuestionRow>(questionForStudySql(first.questionId));
  // Retired between the two statements: show nothing rather than a retired question.
  if (!question) return { item: null, remaining: queue.counts, studyDay };
  return { item: toStudyItem(question, first), remaining: queue.counts, studyDay };
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
