import { gradeQuestionResponse, type GradableQuestion } from "@/app/_domain/grading";
import { ratingFromAnswer, type RatingValue } from "@/app/_domain/scheduling";
import { AppError } from "../../errors";
import type { AnswerInput } from "./inputs";

export type GradedQuestion = GradableQuestion;

export type Grading = { correct: boolean | null; rating: RatingValue };

/**
 * Grades a response and turns it into an FSRS rating. Flashcards are rated by the student
 * (`correct` stays null: nothing was checked); every other type is graded, and the rating follows
 * from correctness, hint and time (ratingFromAnswer).
 */
export function gradeAnswer(question: GradedQuestion, input: AnswerInput): Grading {
  if (question.type === "flashcard") {
    if (!input.selfRating) {
      throw new AppError("bad_input", {
        userMessage: "Rate a flashcard from 1 (again) to 4 (easy).",
      });
    }
    return { correct: null, rating: input.selfRating };
  }
  const correct = gradeQuestionResponse(question, input.response);
  const rating = ratingFromAnswer({
    kind: "graded",
    correct,
    usedHint: input.usedHint ?? false,
    durationMs: input.durationMs,
  });
  return { correct, rating };
}
