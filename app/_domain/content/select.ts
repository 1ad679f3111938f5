import { stableId } from "./hash";
import type { Draft } from "./quality";
import type { Fact } from "./types";

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

// Which blank a sentence keeps when two of its facts would each be asked as a cloze. Two blanks
// in one sentence are the same card twice, each showing the other's answer ("between _____ and
// Moscow", "between Washington and _____"), so one goes. A teacher blanks the most specific,
// least guessable name, so the blank kept is, in this order:
//   1. not a broad name — a country, a continent or a compass part of one ("North Africa"), a
//      capital standing for its government ("Washington's military operations"): the corpus's
//      big actors and areas can be guessed from the topic, the town, base, person or group the
//      sentence is about cannot ("a drone base near _____" → Agadez, not "a linchpin for
//      _____'s military operations" → Washington; "the volatile _____ region" → Sahel, not
//      "… region in _____" → North Africa; "talks in _____, Niger's capital" → Niamey, not
//      "cooperation with the _____" → US);
//   2. the name the article mentions fewer times: the one a reader is likelier to have skimmed
//      ("_____, a former French ambassador …" → Nicolas Normand, named once, not "confirmed the
//      information to _____" → Al Jazeera, named twice);
//   3. not the fact the sentence's true/false statement is about: that one is asked already;
//   4. the stronger fact (the ranking's order).

/** What selection needs to know about a draft's fact beyond the draft itself. */
export type FactWeight = {
  /** A country, a continent-sized region or a capital standing for its government. */
  broad: boolean;
  /** How many times the article names the answer. */
  mentions: number;
};

const continental =
  /^(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Sub-Saharan)\s+)?(?:Africa|Europe|Asia|America|Americas|Oceania|Middle East|Latin America)$/;

/** Whether a name is broad in the sense of the blank rule above. */
export function isBroad(fact: Pick<Fact, "kind" | "placeKind" | "role" | "value">): boolean {
  if (fact.kind === "place") return fact.placeKind === "country" || continental.test(fact.value);
  return fact.kind === "organisation" && fact.role === "government";
}

function bestBlank(
  clozes: Draft[],
  statement: Draft | undefined,
  weigh: (d: Draft) => FactWeight,
): Draft | undefined {
  const asked = statement ? factKey(statement) : null;
  const rank = (d: Draft, i: number) => {
    const { broad, mentions } = weigh(d);
    return [broad ? 1 : 0, mentions, factKey(d) === asked ? 1 : 0, i];
  };
  const ranked = clozes.map((d, i) => ({ d, r: rank(d, i) }));
  ranked.sort((a, b) => a.r.map((x, k) => x - b.r[k]!).find((x) => x !== 0) ?? 0);
  return ranked[0]?.d;
}

const unweighed = (): FactWeight => ({ broad: false, mentions: 0 });

/**
 * The strongest facts of the sentence, each asked once for recall and once for recognition. At
 * most one cloze, chosen by the blank rule above; the others come back as `secondBlanks`.
 */
export function selectForSentence(
  drafts: Draft[],
  weigh: (d: Draft) => FactWeight = unweighed,
): {
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
  const statement = oneStatement(
    ranked.map((f) => f.drafts),
    drafts,
  );
  const recalls = ranked.map((fact) =>
    recallOrder.map((t) => fact.drafts.find((d) => d.type === t)).find(Boolean),
  );
  const clozes = recalls.filter((d): d is Draft => d?.type === "cloze");
  const blank = bestBlank(clozes, statement, weigh);
  const secondBlanks = clozes.filter((d) => d !== blank);
  const kept: Draft[] = [];
  ranked.forEach((fact, i) => {
    const recall = recalls[i] && !secondBlanks.includes(recalls[i]) ? recalls[i] : undefined;
    const choice = fact.drafts.find((d) => d.type === "multiple_choice");
    kept.push(...[recall, choice].filter((d): d is Draft => d !== undefined));
  });
  if (statement) kept.push(statement);
  const surplus = drafts.filter((d) => !kept.includes(d) && !secondBlanks.includes(d));
  return { kept, surplus, secondBlanks };
}

/**
 * At most one true/false statement per sentence: a true and a false statement of one sentence
 * side by side give each other away (the one that differs is the false one), and statements
 * are the weakest recall. Whether the true or the false variant is asked follows a hash of the
 * sentence id, so it is deterministic and unbiased across the bank; a sentence that has no
 * statement of the variant drawn asks none. Taking the other variant instead made 16 of the
 * seed bank's 20 statements true, once figures given as bounds had no false statement: "true"
 * was a good guess. Each prefers the sentence's strongest facts.
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
  return preferTrue ? trueOne : falseOne;
}
