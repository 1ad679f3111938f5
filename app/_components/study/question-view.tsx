"use client";

import { useState } from "react";
import type { Answer, StudyItem } from "./study-types";
import { promptUnderLabel } from "./prompt-under-label";
import { useKey } from "./use-key";

type Props = { item: StudyItem; busy: boolean; onAnswer: (answer: Answer) => void };

const typeLabels: Record<StudyItem["type"], string> = {
  cloze: "Fill in the blank",
  multiple_choice: "Multiple choice",
  true_false: "True or false?",
  short_answer: "Short answer",
  numeric: "Number",
  flashcard: "Flashcard",
};

export function QuestionView({ item, busy, onAnswer }: Props) {
  return (
    <section aria-labelledby="prompt" className="study-card">
      <p className="meta">
        {typeLabels[item.type]}
        {item.kind === "new" ? " · new" : ""}
      </p>
      <h2 id="prompt" className="prompt">
        {promptUnderLabel(item.type, item.prompt)}
      </h2>
      {item.type === "multiple_choice" ? (
        <Choices options={item.choices} busy={busy} onAnswer={onAnswer} />
      ) : null}
      {item.type === "true_false" ? (
        <Choices
          options={["True", "False"]}
          values={["true", "false"]}
          busy={busy}
          onAnswer={onAnswer}
        />
      ) : null}
      {item.type === "flashcard" ? <Flashcard item={item} busy={busy} onAnswer={onAnswer} /> : null}
      {["cloze", "short_answer", "numeric"].includes(item.type) ? (
        <TypedAnswer numeric={item.type === "numeric"} busy={busy} onAnswer={onAnswer} />
      ) : null}
    </section>
  );
}

// Tap an option, then Check; on a keyboard, 1–9 picks and Enter checks.
function Choices({
  options,
  values = options,
  busy,
  onAnswer,
}: {
  options: string[];
  values?: string[];
  busy: boolean;
  onAnswer: (a: Answer) => void;
}) {
  const [picked, setPicked] = useState<number | null>(null);
  const submit = () => picked !== null && !busy && onAnswer({ response: values[picked]! });
  useKey((event) => {
    const index = Number(event.key) - 1;
    if (Number.isInteger(index) && index >= 0 && index < options.length) setPicked(index);
    else if (event.key === "Enter") submit();
    else return;
    event.preventDefault();
  });
  return (
    <form className="stack" onSubmit={(event) => (event.preventDefault(), submit())}>
      <div role="radiogroup" aria-label="Options" className="choices">
        {options.map((option, index) => (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={picked === index}
            className="choice-button"
            onClick={() => setPicked(index)}
          >
            <kbd aria-hidden="true">{index + 1}</kbd> {option}
          </button>
        ))}
      </div>
      <button type="submit" className="main-action" disabled={picked === null || busy}>
        Check
      </button>
    </form>
  );
}

function TypedAnswer({
  numeric,
  busy,
  onAnswer,
}: {
  numeric: boolean;
  busy: boolean;
  onAnswer: (a: Answer) => void;
}) {
  const [text, setText] = useState("");
  return (
    <form
      className="typed-answer"
      onSubmit={(event) => (
        event.preventDefault(),
        text.trim() && !busy && onAnswer({ response: text })
      )}
    >
      <label htmlFor="typed-answer">Your answer</label>
      {/* Field and button share a row: when the on-screen keyboard leaves room for the field,
          the button is in view beside it. */}
      <div className="answer-row">
        <input
          id="typed-answer"
          autoFocus
          value={text}
          onChange={(event) => setText(event.target.value)}
          inputMode={numeric ? "decimal" : "text"}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="done"
        />
        <button type="submit" disabled={!text.trim() || busy}>
          Check
        </button>
      </div>
    </form>
  );
}

const ratingButtons = [
  { rating: 1, label: "Again" },
  { rating: 2, label: "Hard" },
  { rating: 3, label: "Good" },
  { rating: 4, label: "Easy" },
] as const;

// Space shows the back; then 1–4 rate how well the student remembered.
function Flashcard({ item, busy, onAnswer }: Props) {
  const [revealed, setRevealed] = useState(false);
  useKey((event) => {
    if (event.key === " " && !revealed) setRevealed(true);
    else if (revealed && ["1", "2", "3", "4"].includes(event.key) && !busy)
      onAnswer({ response: "", selfRating: Number(event.key) as 1 | 2 | 3 | 4 });
    else return;
    event.preventDefault();
  });
  if (!revealed)
    return (
      <button type="button" className="main-action" onClick={() => setRevealed(true)}>
        Show answer <kbd aria-hidden="true">Space</kbd>
      </button>
    );
  return (
    <div className="stack">
      <p className="answer">{item.flashcardBack?.answer}</p>
      <div className="rating-row" role="group" aria-label="How well did you remember?">
        {ratingButtons.map(({ rating, label }) => (
          <button
            key={rating}
            type="button"
            disabled={busy}
            onClick={() => onAnswer({ response: "", selfRating: rating })}
          >
            {label} <kbd aria-hidden="true">{rating}</kbd>
          </button>
        ))}
      </div>
    </div>
  );
}
