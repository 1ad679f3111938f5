import Link from "next/link";
import { editSetItemsAction } from "@/app/_server/actions/set-actions";
import type { BuilderQuestion } from "@/app/_server/data/sets/list-questions-for-set-builder";
import { ActionForm } from "./action-form";

const typeNames: Record<string, string> = {
  cloze: "Cloze",
  multiple_choice: "Multiple choice",
  true_false: "True/false",
  short_answer: "Short answer",
  numeric: "Number",
};

type Props = {
  setId: string;
  question: BuilderQuestion;
  picked: boolean;
  position?: number;
  count?: number;
};

// A question with its source sentence and the buttons that apply to it in the builder.
export function SetQuestionCard({ setId, question, picked, position, count }: Props) {
  const button = (op: string, label: string, className = "secondary") => (
    <ActionForm
      action={editSetItemsAction}
      hidden={{ setId, questionId: question.id, op }}
      submitLabel={label}
      buttonClassName={className}
      className="inline-form"
    />
  );
  return (
    <li className="set-question" data-question-id={question.id}>
      <p className="quiz-prompt">{question.prompt}</p>
      <p className="meta">
        {typeNames[question.type] ?? question.type} · difficulty {question.difficulty.toFixed(2)} ·
        answer: <strong className="answer">{question.answer}</strong>
      </p>
      <blockquote>
        “{question.sourceSentence}” —{" "}
        <Link href={`/articles/${question.articleId}#s-${question.sentenceId}`}>
          {question.articleTitle}
        </Link>
      </blockquote>
      <div className="actions">
        {picked
          ? button("unpick", `Remove question ${position ?? ""}`.trim(), "danger")
          : button("pick", "Pick", "")}
        {picked && position !== undefined && position > 1
          ? button("up", `Move question ${position} up`)
          : null}
        {picked && position !== undefined && count !== undefined && position < count
          ? button("down", `Move question ${position} down`)
          : null}
      </div>
    </li>
  );
}
