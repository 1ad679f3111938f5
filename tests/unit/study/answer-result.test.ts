import { describe, expect, it } from "vitest";
import { answerResult, type SourceQuestion } from "@/app/_server/data/study/answer-result";

const log = {
  id: "r1",
  questionId: "q1",
  rating: 3,
  correct: true,
  reviewedAt: new Date("2026-11-27T09:00:00.000Z"),
  dueAfter: new Date("2026-11-30T09:00:00.000Z"),
  versionBefore: 2,
};
const question = (type: string): SourceQuestion => ({
  type,
  answer: "United States",
  accepted: ["United States", "US", "USA"],
  sourceQuote: "The United States is shifting troops.",
  articleId: "a1",
  sentenceId: "s1",
});

describe("the result of an answer", () => {
  it("names the other accepted answers of a typed question, not the answer again", () => {
    for (const type of ["short_answer", "cloze", "numeric"])
      expect(answerResult(log, question(type)).accepted).toEqual(["US", "USA"]);
  });

  it("names none for a question answered by picking or rating, where they could not be typed", () => {
    for (const type of ["multiple_choice", "true_false", "flashcard"])
      expect(answerResult(log, question(type)).accepted).toEqual([]);
  });
});
