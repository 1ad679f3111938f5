import type { Fact, QuestionType } from "./types";

// A first estimate of difficulty in [0, 1], before any student has answered. Recognition is
// easier than recall (true/false < multiple choice < cloze < typed answers); exact, non-round
// figures and rarely-mentioned names are harder; a long sentence hides its fact better.

const base: Record<QuestionType, number> = {
  true_false: 0.2,
  multiple_choice: 0.35,
  cloze: 0.5,
  short_answer: 0.55,
  numeric: 0.6,
};

export function estimateDifficulty(
  type: QuestionType,
  fact: Fact | null,
  sentenceWords: number,
  mentions: number,
): number {
  let d = base[type] + Math.min(0.1, Math.max(0, sentenceWords - 15) * 0.004);
  if (fact?.kind === "quantity" && fact.amount !== undefined && fact.amount % 100 !== 0) d += 0.1;
  if (fact?.kind === "date" && fact.iso?.length === 10) d += 0.1;
  if (fact && ["person", "place", "organisation"].includes(fact.kind))
    d += mentions <= 1 ? 0.1 : -0.05;
  return Math.round(Math.min(1, Math.max(0, d)) * 100) / 100;
}
