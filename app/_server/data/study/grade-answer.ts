import { gradeChoice, gradeTypedAnswer } from "@/app/_domain/grading";
import { ratingFromAnswer, type RatingValue } from "@/app/_domain/scheduling";
import { AppError } from "../../errors";
import type { AnswerInput } from "./inputs";

export type GradedQuestion = {
  type: string;
  answer: string;
  accepted: string[];
  choices: string[];
};

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
  const correct = isCorrect(question, input.response);
  const rating = ratingFromAnswer({
    kind: "graded",
    correct,
    usedHint: input.usedHint ?? false,
    durationMs: input.durationMs,
  });
  return { correct, rating };
}

function isCorrect(question: GradedQuestion, response: string): boolean {
  switch (question.type) {
    case "multiple_choice":
      return gradeChoice({ kind: "single", selected: response, correct: question.answer }).correct;
    case "true_false":
      return gradeChoice({
        kind: "true-false",
        selected: response,
        correct: question.answer.trim().toLowerCase() === "true",
      }).correct;
    default:
      return gradeTypedAnswer({
        response,
        answer: question.answer,
        accepted: question.accepted,
        // The distractors are known wrong answers: never accepted, not even as a typo.
        rejected: question.choices.filter((choice) => choice !== question.answer),
        kind: question.type === "numeric" ? "number" : "text",
      }).correct;
  }
}
