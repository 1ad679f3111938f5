import { gradeChoice } from "./grade-choice";
import { gradeTypedAnswer } from "./grade-typed";

export type GradableQuestion = {
  type: string;
  answer: string;
  accepted: string[];
  choices: string[];
};

// One verdict for a response to a bank question, the same in self-study and in quizzes: lenient
// about form for typed answers (case, typos, number words), exact for choices. An empty response
// to a choice is no choice at all. The distractors are known wrong answers: never accepted, not
// even as a typo of the answer.
export function gradeQuestionResponse(question: GradableQuestion, response: string): boolean {
  const selected = response === "" ? null : response;
  switch (question.type) {
    case "multiple_choice":
      return gradeChoice({ kind: "single", selected, correct: question.answer }).correct;
    case "true_false":
      return gradeChoice({
        kind: "true-false",
        selected,
        correct: question.answer.trim().toLowerCase() === "true",
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
