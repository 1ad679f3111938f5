import { demonyms } from "./lexicon";
import { countryOf } from "./lookup";
import { stableId } from "./hash";
import { compareStrings, countWhole } from "./text";
import type { Article, Conflict, ConflictClaim, Fact, Sentence } from "./types";

// Cross-source disagreements. Sources rarely say "the same quantity" in the same words, so a
// claim gets a topic key (who, what, where) and claims with one key but different values are
// a conflict. Values more than 2x apart are treated as different quantities, not a dispute.
// Where they do use the same words (an updated wire story: "have killed at least 158 people"
// and, a day later, "… 205 people"), the sentence with its figures taken out is the key, for
// any unit.

export type ParsedArticle = { article: Article; sentences: Sentence[]; facts: Fact[] };

const troopUnit = /\b(troops|soldiers|personnel|forces|service members)\b/i;
const distanceUnit = /\b(miles|kilometres|kilometers|km)\b/i;

function nationalities(text: string): string[] {
  const out: string[] = [];
  const pattern = /(?<![\p{L}.])(U\.S\.|[\p{Lu}][\p{L}]+)(?: ([\p{Lu}][\p{L}]+))?/gu;
  for (const m of text.matchAll(pattern)) {
    const [pair, first = "", second] = m;
    const country = (second ? countryOf(pair) : null) ?? demonyms[first] ?? countryOf(first);
    const before = text.slice(0, m.index ?? 0);
    if (country && !/\b(in|to|from|near|at|of)\s$/.test(before)) out.push(country);
    else if (second && (demonyms[second] ?? countryOf(second)))
      out.push(demonyms[second] ?? second);
  }
  return out;
}

function locations(text: string): string[] {
  return [
    ...text.matchAll(
      /\b(?:in|from|to|near|at)\s+(?:neighbou?ring\s+)?([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?)/gu,
    ),
  ]
    .map((m) => countryOf(m[1] ?? "") ?? "")
    .filter(Boolean);
}

function troopKey(fact: Fact, sentence: Sentence, article: Article): string {
  const owner =
    nationalities(fact.unit ?? "")[0] ??
    nationalities(sentence.text.replace(fact.text, ""))[0] ??
    nationalities(
      /(\S+\s+)(troops|forces|soldiers|military)\b/i.exec(article.title)?.[1] ?? "",
    )[0] ??
    nationalities(article.title)[0] ??
    "unknown";
  const named = (text: string) => nationalities(text).filter((c) => countWhole(text, c) > 0);
  const where = [
    ...locations(sentence.text),
    ...locations(article.title),
    ...named(article.title),
  ].find((c) => c !== owner);
  return `${owner} troops in ${where ?? "unknown"}`;
}

type Claim = ConflictClaim & {
  key: string;
  amount: number;
  places: string[];
  /** For a claim keyed by its sentence: that sentence with the figure left out. */
  template?: string;
};

const sameWords = "same words:";

/**
 * Same words are the same statement only where they name who or where: "At least 12 people were
 * killed in the attack" of two unrelated stories are two attacks.
 */
function namesSomething(sentence: Sentence, facts: Fact[]): boolean {
  return facts.some(
    (f) =>
      f.sentenceId === sentence.id &&
      (f.kind === "person" || f.kind === "place" || f.kind === "organisation"),
  );
}

/**
 * The sentence with every figure replaced, and which of them the fact is: the same key in two
 * articles is the same statement with other numbers.
 */
function sentenceKey(fact: Fact, sentence: Sentence, facts: Fact[]): string {
  const figures = facts
    .filter((f) => f.sentenceId === sentence.id && f.kind === "quantity")
    .sort((a, b) => a.start - b.start);
  let text = sentence.text;
  for (const f of [...figures].reverse())
    text = `${text.slice(0, f.valueStart - sentence.start)}#${text.slice(f.valueEnd - sentence.start)}`;
  return `${sameWords}${figures.indexOf(fact)}:${text.toLowerCase().replace(/\s+/g, " ")}`;
}

function withoutFigure(fact: Fact, sentence: Sentence): string {
  const text = sentence.text;
  return `${text.slice(0, fact.valueStart - sentence.start)}…${text.slice(fact.valueEnd - sentence.start)}`;
}

function quantityClaims(parsed: ParsedArticle[]): Claim[] {
  return parsed.flatMap(({ article, sentences, facts }) =>
    facts.flatMap((fact): Claim[] => {
      const sentence = sentences.find((s) => s.id === fact.sentenceId);
      if (fact.kind !== "quantity" || !sentence || fact.amount === undefined) return [];
      const unit = fact.unit ?? "";
      const key = troopUnit.test(unit)
        ? troopKey(fact, sentence, article)
        : distanceUnit.test(unit)
          ? "distance"
          : unit && namesSomething(sentence, facts)
            ? sentenceKey(fact, sentence, facts)
            : "";
      if (!key) return [];
      const places = facts
        .filter(
          (f) => f.sentenceId === sentence.id && f.kind === "place" && f.placeKind !== "country",
        )
        .map((f) => f.value);
      const value = `${fact.text.trim()} ${unit}`.trim();
      return [
        {
          articleId: article.id,
          sentenceId: sentence.id,
          value,
          quote: sentence.text,
          key,
          amount: fact.amount,
          places,
          ...(key.startsWith(sameWords) ? { template: withoutFigure(fact, sentence) } : {}),
        },
      ];
    }),
  );
}

/**
 * Groups claims that talk about the same thing: same key, and for distances a shared place.
 * Claims are bucketed by key first: every figure of a large corpus is a claim, and comparing
 * each with every group made a build quadratic.
 */
function groupsOf(claims: Claim[]): Claim[][] {
  const byKey = new Map<string, Claim[][]>();
  const groups: Claim[][] = [];
  for (const claim of claims) {
    const sameKey = byKey.get(claim.key) ?? [];
    byKey.set(claim.key, sameKey);
    const group = sameKey.find((g) =>
      g.some(
        (c) =>
          Math.max(c.amount, claim.amount) / Math.min(c.amount, claim.amount) <= 2 &&
          (claim.key !== "distance" || c.places.some((p) => claim.places.includes(p))),
      ),
    );
    if (group) group.push(claim);
    else {
      sameKey.push([claim]);
      groups.push(sameKey[sameKey.length - 1]!);
    }
  }
  return groups;
}

function topicOf(group: Claim[]): string {
  const first = group[0];
  if (!first) return "";
  if (first.template) return `the figure in “${first.template}”`;
  if (first.key !== "distance") return `number of ${first.key}`;
  const shared = first.places.filter((p) => group.every((c) => c.places.includes(p)));
  const all = [...new Set(group.flatMap((c) => c.places))].sort(compareStrings);
  return `distance to ${shared.join(", ") || all.join(", ")}`;
}

function nameClaims(parsed: ParsedArticle[]): Map<string, ConflictClaim[]> {
  const byDesignator = new Map<string, ConflictClaim[]>();
  for (const { article, sentences, facts } of parsed) {
    for (const fact of facts) {
      const number = /\b(\d+)$/.exec(fact.value)?.[1];
      if (fact.placeKind !== "facility" || !number) continue;
      const name = fact.value.replace(/^(U\.S\.|US|American)\s+/, "");
      const quote = sentences.find((s) => s.id === fact.sentenceId)?.text ?? "";
      const claims = byDesignator.get(number) ?? [];
      claims.push({ articleId: article.id, sentenceId: fact.sentenceId, value: name, quote });
      byDesignator.set(number, claims);
    }
  }
  return byDesignator;
}

/** "Base 101" is a short form of "Air Base 101"; "Airport 201" and "Air Base 201" disagree. */
function namesDisagree(names: string[]): boolean {
  return names.some((a) =>
    names.some((b) => a !== b && !a.endsWith(` ${b}`) && !b.endsWith(` ${a}`)),
  );
}

const sortClaims = (claims: ConflictClaim[]) =>
  claims
    .map(({ articleId, sentenceId, value, quote }) => ({ articleId, sentenceId, value, quote }))
    .sort(
      (a, b) =>
        compareStrings(a.articleId, b.articleId) ||
        compareStrings(a.sentenceId, b.sentenceId) ||
        compareStrings(a.value, b.value),
    );

export function findConflicts(parsed: ParsedArticle[]): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const group of groupsOf(quantityClaims(parsed))) {
    const amounts = new Set(group.map((c) => c.amount));
    const articles = new Set(group.map((c) => c.articleId));
    if (amounts.size < 2 || articles.size < 2) continue;
    const topic = topicOf(group);
    conflicts.push({
      id: stableId("conflict", topic),
      topic,
      kind: "quantity",
      claims: sortClaims(group),
    });
  }
  for (const [number, claims] of nameClaims(parsed)) {
    const names = [...new Set(claims.map((c) => c.value))];
    if (!namesDisagree(names) || new Set(claims.map((c) => c.articleId)).size < 2) continue;
    const topic = `name of the base numbered ${number}`;
    conflicts.push({
      id: stableId("conflict", topic),
      topic,
      kind: "name",
      claims: sortClaims(claims),
    });
  }
  return conflicts.sort((a, b) => compareStrings(a.id, b.id));
}
