import type { TakingQuestion } from "@/app/_server/data/attempts/get-attempt";
import { answerText } from "./answer-text";

// Choices as large radio rows (44 px targets); typed answers in one labelled field.
export function QuestionInput({ question }: { question: TakingQuestion }) {
  if (question.type === "multiple_choice" || question.type === "true_false") {
    const options = question.type === "true_false" ? ["true", "false"] : question.choices;
    return (
      <fieldset className="choice-list">
        <legend>Choose one</legend>
        {options.map((choice) => (
          <label key={choice} className="choice">
            <input type="radio" name="response" value={choice} required />
            {answerText(choice)}
          </label>
        ))}
      </fieldset>
    );
  }
  return (
    <label>
      Your answer
      <input
        name="response"
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        inputMode={question.type === "numeric" ? "decimal" : "text"}
        required
      />
    </label>
  );
}
