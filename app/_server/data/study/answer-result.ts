import { createHash } from "node:crypto";
import type { RatingValue } from "@/app/_domain/scheduling";
import type { AnswerInput } from "./inputs";

/** What the client sees after answering: the verdict, the answer, and where it came from. */
export type AnswerResult = {
  reviewId: string;
  questionId: string;
  /** null for a self-rated flashcard. */
  correct: boolean | null;
  rating: RatingValue;
  expectedAnswer: string;
  accepted: string[];
  source: { quote: string; articleId: string; sentenceId: string; href: string };
  nextDue: Date;
  /** When the server recorded the answer: "next review in …" counts from here, not from the
   * device's clock, which may be off (and a replay is not a new answer). */
  reviewedAt: Date;
  /** The card's version after this answer: send it with the next answer to this card. */
  cardVersion: number;
};

export type SourceQuestion = {
  type: string | null;
  answer: string;
  accepted: string[];
  sourceQuote: string;
  articleId: string;
  sentenceId: string;
};

export type LoggedAnswer = {
  id: string;
  questionId: string;
  rating: number;
  correct: boolean | null;
  dueAfter: Date;
  reviewedAt: Date;
  versionBefore: number;
};

// Other accepted answers matter only where the student types: beside an option they picked or a
// flashcard they rated, they name answers that could not have been given.
const typedTypes = new Set(["short_answer", "cloze", "numeric"]);

// Built from the stored log row alone, so a replay returns exactly what the first call returned.
export function answerResult(log: LoggedAnswer, question: SourceQuestion): AnswerResult {
  return {
    reviewId: log.id,
    questionId: log.questionId,
    correct: log.correct,
    rating: log.rating as RatingValue,
    expectedAnswer: question.answer,
    accepted: typedTypes.has(question.type ?? "")
      ? question.accepted.filter((variant) => variant !== question.answer)
      : [],
    source: {
      quote: question.sourceQuote,
      articleId: question.articleId,
      sentenceId: question.sentenceId,
      href: `/articles/${encodeURIComponent(question.articleId)}#s-${encodeURIComponent(question.sentenceId)}`,
    },
    nextDue: log.dueAfter,
    reviewedAt: log.reviewedAt,
    cardVersion: log.versionBefore + 1,
  };
}

/**
 * Fingerprint of what the client sent under an idempotency key. The key alone identifies the
 * answer; the hash tells a harmless retry (same payload) from a client bug reusing a key.
 */
export function payloadHash(input: AnswerInput): string {
  const canonical = JSON.stringify([
    input.questionId,
    input.response,
    input.durationMs,
    input.cardVersion,
    input.selfRating ?? null,
    input.usedHint ?? false,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}
