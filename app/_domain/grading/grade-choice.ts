export type ChoiceInput =
  | { kind: "single"; selected: string | null; correct: string }
  | { kind: "multiple"; selected: readonly string[]; correct: readonly string[] }
  | { kind: "true-false"; selected: boolean | string | null; correct: boolean };

export type ChoiceGrade = {
  correct: boolean;
  reason: "match" | "no-selection" | "wrong-choice" | "missing-choices" | "extra-choices";
};

const trueWords = new Set(["true", "t", "yes", "y", "1", "vrai"]);
const falseWords = new Set(["false", "f", "no", "n", "0", "faux"]);

function asBoolean(value: boolean | string | null): boolean | null {
  if (typeof value === "boolean" || value === null) return value;
  const word = value.trim().toLowerCase();
  if (trueWords.has(word)) return true;
  return falseWords.has(word) ? false : null;
}

/** Multiple choice (one or several answers, all-or-nothing) and true/false. */
export function gradeChoice(input: ChoiceInput): ChoiceGrade {
  if (input.kind === "single") {
    if (input.selected === null) return { correct: false, reason: "no-selection" };
    const correct = input.selected === input.correct;
    return { correct, reason: correct ? "match" : "wrong-choice" };
  }
  if (input.kind === "true-false") {
    const selected = asBoolean(input.selected);
    if (selected === null) return { correct: false, reason: "no-selection" };
    const correct = selected === input.correct;
    return { correct, reason: correct ? "match" : "wrong-choice" };
  }
  // Several right answers: partial credit would make FSRS's pass/fail meaningless, so a
  // missing or an extra choice fails the card.
  const selected = new Set(input.selected);
  const expected = new Set(input.correct);
  if (selected.size === 0) return { correct: false, reason: "no-selection" };
  if ([...selected].some((id) => !expected.has(id)))
    return { correct: false, reason: "extra-choices" };
  if ([...expected].some((id) => !selected.has(id)))
    return { correct: false, reason: "missing-choices" };
  return { correct: true, reason: "match" };
}
