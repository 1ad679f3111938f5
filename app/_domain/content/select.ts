import { stableId } from "./hash";
import type { Draft } from "./quality";

// Which of the surviving candidates of one sentence go into the bank. Asking every fact in
// every form floods a student with near-identical cards; a teacher would pick the strongest
// facts and ask each once for recall and once for recognition.

const factScore: Record<string, number> = {
  quantity: 5,
  person: 4,
  date: 4,
  organisation: 3,
  place: 2,
};

const recallOrder = ["numeric", "short_answer", "cloze"];

const MAX_FACTS = 2;

function factKey(d: Draft): string {
  return `${d.factKind}@${d.answerSpan?.start ?? -1}`;
}

function score(d: Draft): number {
  const base = factScore[d.factKind] ?? 0;
  // Facility and city names carry more than a country the whole article is about.
  return d.factKind === "place" && !d.accepted.some((a) => /^[A-Z][a-z]+$/.test(a) && a.length > 3)
    ? base + 1
    : base;
}

/**
 * The strongest facts of the sentence, each asked once for recall and once for recognition. At
 * most one cloze: two blanks in one sentence are the same card twice, each showing the other's
 * answer ("between _____ and Moscow", "between Washington and _____"); they come back as
 * `secondBlanks`.
 */
export function selectForSentence(drafts: Draft[]): {
  kept: Draft[];
  surplus: Draft[];
  secondBlanks: Draft[];
} {
  const facts = [...new Set(drafts.filter((d) => d.factKind !== "sentence").map(factKey))];
  const ranked = facts
    .map((key) => ({ key, drafts: drafts.filter((d) => factKey(d) === key) }))
    .filter((f) => f.drafts.some((d) => d.type !== "true_false"))
    .sort(
      (a, b) =>
        score(b.drafts[0]!) - score(a.drafts[0]!) ||
        (a.drafts[0]!.answerSpan?.start ?? 0) - (b.drafts[0]!.answerSpan?.start ?? 0),
    )
    .slice(0, MAX_FACTS);
  const kept: Draft[] = [];
  const secondBlanks: Draft[] = [];
  for (const fact of ranked) {
    let recall = recallOrder.map((t) => fact.drafts.find((d) => d.type === t)).find(Boolean);
    if (recall?.type === "cloze" && kept.some((d) => d.type === "cloze")) {
      secondBlanks.push(recall);
      recall = undefined;
    }
    const choice = fact.drafts.find((d) => d.type === "multiple_choice");
    kept.push(...[recall, choice].filter((d): d is Draft => d !== undefined));
  }
  const statement = oneStatement(
    ranked.map((f) => f.drafts),
    drafts,
  );
  if (statement) kept.push(statement);
  const surplus = drafts.filter((d) => !kept.includes(d) && !secondBlanks.includes(d));
  return { kept, surplus, secondBlanks };
}

/**
 * At most one true/false statement per sentence: a true and a false statement of one sentence
 * side by side give each other away (the one that differs is the false one), and statements
 * are the weakest recall. Whether the true or the false variant is asked follows a hash of the
 * sentence id, so it is deterministic and unbiased across the bank. Each prefers the sentence's
 * strongest facts.
 */
function oneStatement(rankedFacts: Draft[][], drafts: Draft[]): Draft | undefined {
  const statement = (answer: string) => (d: Draft) =>
    d.type === "true_false" && d.answer === answer;
  const falseOne = rankedFacts.map((f) => f.find(statement("false"))).find(Boolean);
  const trueOne =
    rankedFacts.map((f) => f.find(statement("true"))).find(Boolean) ??
    drafts.find(statement("true"));
  const sentenceId = (falseOne ?? trueOne)?.sentenceId ?? "";
  const preferTrue = Number.parseInt(stableId("statement", sentenceId).slice(0, 2), 16) % 2 === 0;
  return preferTrue ? (trueOne ?? falseOne) : (falseOne ?? trueOne);
}
