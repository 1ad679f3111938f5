import "server-only";
import { gradeChoice, gradeTypedAnswer } from "@/app/_domain/grading";

export type GradableQuestion = {
  type: string;
  answer: string;
  accepted: string[];
  choices: string[];
};

// The same grading as self-study: lenient about form for typed answers (case, typos, number
// words), exact for choices. Distractors are never accepted as typos of the answer.
export function gradeQuestion(question: GradableQuestion, response: string): boolean {
  switch (question.type) {
    case "multiple_choice":
      return gradeChoice({
        kind: "single",
        selected: response === "" ? null : response,
        correct: question.answer,
      }).correct;
    case "true_false":
      return gradeChoice({
        kind: "true-false",
        selected: response === "" ? null : response,
        correct: question.answer === "true",
      }).correct;
    default:
      return gradeTypedAnswer({
        response,
        answer: question.answer,
        accepted: question.accepted,
        rejected: question.choices.filter((choice) => choice !== question.answer),
        kind: question.type === "numeric" ? "number" : "text",
      }).correct;
  }
}
