import { clauseAt, inQuestion, invert, passive } from "./clauses";
import { isPastVerb } from "./verbs";
import { placeNoun, roleAsNoun } from "./wh-nouns";
import type { Fact, Sentence } from "./types";

// Wh-questions from common clause patterns, for facts that are not the sentence's subject:
//   "… the July 26 coup that toppled President Mohamed Bazoum" → "Which president was toppled
//   in the July 26 coup?"; "… were relocated from A to Airport 201" → "To which base were …
//   relocated from A?"; "… ordered all 1,000 US combat troops to …" → "How many US combat troops
//   did … order to …?". Each pattern returns null when the clause does not fit it.

/** Words that open a hedged count: "over 1,800" asks "More than how many …". */
const hedgeOpeners: Record<string, string> = {
  over: "More than how many",
  "more than": "More than how many",
  "just over": "More than how many",
  nearly: "Nearly how many",
  almost: "Nearly how many",
  "just under": "Nearly how many",
  "close to": "Nearly how many",
  "less than": "Fewer than how many",
  "fewer than": "Fewer than how many",
  under: "Fewer than how many",
  "at least": "At least how many",
  "up to": "Up to how many",
  "as many as": "Up to how many",
};

export function howMany(fact: Fact): string {
  if (!fact.hedge) return "How many";
  return hedgeOpeners[fact.hedge] ?? "About how many";
}

const eventNouns =
  /\b(coup|attack|election|vote|war|invasion|takeover|uprising|raid|strike|crisis)$/;
const prepositions = "to|from|in|at|near|with|into|for|on|against|towards?|by|since|until";

/** The span a question replaces: the fact's value plus a role written before it. */
function spanOf(sentence: Sentence, fact: Fact): { start: number; end: number } {
  const start = fact.valueStart - sentence.start;
  const end = fact.valueEnd - sentence.start;
  const role = fact.role ? ` ${fact.role} ` : null;
  if (role && ` ${sentence.text.slice(0, start)}`.endsWith(role))
    return { start: start - role.length + 1, end };
  return { start, end };
}

export function whOf(fact: Fact, preposition = ""): string | null {
  const p = preposition ? `${preposition} ` : "";
  if (fact.kind === "person") {
    const role = fact.role && !/\b(to|of|and)\b/.test(fact.role) ? roleAsNoun(fact.role) : null;
    if (!role) return preposition ? `${p}whom` : "who";
    return `${p}which ${role}`;
  }
  if (fact.kind === "organisation") return `${p}which ${fact.role ?? "organisation"}`;
  if (fact.kind === "place") return `${p}which ${placeNoun(fact)}`;
  if (fact.kind === "date") {
    if (/^(19|20)\d{2}$/.test(fact.value)) return "in which year";
    if (/^\p{L}+$/u.test(fact.value)) return "in which month";
    return "when";
  }
  return null;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Text after the span up to the end of its clause (a comma before a year is not an end). */
export function restOfClause(text: string, from: number): string {
  const rest = text.slice(from);
  const end = rest.search(/,\s(?!\d{4})|;|—|“|\s\(|[.!?]["”’]?$/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** "… coup that toppled President X …" → "Which president was toppled in the … coup?" */
export function objectQuestion(sentence: Sentence, fact: Fact): string | null {
  if (!["person", "organisation", "place"].includes(fact.kind)) return null;
  const { start, end } = spanOf(sentence, fact);
  const before = sentence.text.slice(0, start);
  const verb = /(\p{Ll}+)\s+$/u.exec(before)?.[1] ?? "";
  if (!isPastVerb(verb)) return null;
  const wh = whOf(fact);
  const rest = restOfClause(sentence.text, end);
  if (!wh || /[“”"]/.test(rest)) return null;
  const relative = new RegExp(
    `\\b(?:the|a|an)\\s+([^,]{2,40}?),?\\s+(?:that|which)\\s+${verb}\\s+$`,
    "i",
  ).exec(before);
  let agent = "";
  if (relative) {
    const np = relative[0].replace(/,?\s+(?:that|which)\s+\S+\s+$/i, "").replace(/^The\b/, "the");
    agent = eventNouns.test(np) ? ` in ${np}` : ` by ${np}`;
  } else if (!/\b(they|he|she|who)\s+\p{Ll}+\s+$/u.test(before)) {
    const clause = clauseAt(sentence.text, 0, start);
    if (!clause || clause.verb !== verb || clause.aux) return null;
    agent = ` by ${inQuestion(clause.subject)}`;
  }
  const clause = { subject: "", aux: null, adverbs: "", verb, after: 0 };
  return `${capitalise(wh)} ${passive(clause, false)}${rest}${agent}?`.replace(/\s+/g, " ");
}

/**
 * A preposition belongs to the nearest verb; when a comma, dash, quote or a new clause stands
 * between them, asking with the main verb would pin the fact on the wrong action.
 */
export function crossesClause(middle: string): boolean {
  if (/[,;—“”"()]/.test(middle) || middle.trim().split(/\s+/).length > 10) return true;
  return /\b(where|which|who|that|when|after|before|while|because|since|until|following|and\s+\p{Ll}+ed)\b/u.test(
    middle,
  );
}

/** "X were relocated from A to B" → "To which base were X relocated from A?" */
export function prepositionQuestion(sentence: Sentence, fact: Fact): string | null {
  const { start } = spanOf(sentence, fact);
  const text = sentence.text;
  const m = new RegExp(`(?:^|\\s)(${prepositions})\\s+(?:the\\s+)?$`, "i").exec(
    text.slice(0, start),
  );
  if (!m) return null;
  const prep = (m[1] ?? "").toLowerCase();
  const prepAt = m.index + (m[0].startsWith(" ") ? 1 : 0);
  const intro = prepAt === 0 ? /^[^,]+,\s+/.exec(text) : null;
  const clause = intro ? clauseAt(text, intro[0].length, text.length) : clauseAt(text, 0, prepAt);
  if (!clause || clause.after > (intro ? text.length : prepAt)) return null;
  const middle = intro
    ? restOfClause(text, clause.after)
    : text.slice(clause.after, prepAt).replace(/,\s+(?:the|a|an)\s[^,]+,/g, "");
  if (crossesClause(middle) || clause.subject.includes(fact.value)) return null;
  const dated = fact.kind === "date";
  const wh = dated ? whOf(fact) : whOf(fact, prep);
  // "erupted for the seventh time since December" did not erupt in December: only "on" and
  // "in" put the event at the date, so only they are asked "when".
  if (!wh || (dated && !["on", "in"].includes(prep))) return null;
  return capitalise(invert(wh, clause, middle));
}

/** Counts: "… ordered all 1,000 US combat troops to …", "X, with about 1,500 soldiers …". */
export function quantityQuestion(sentence: Sentence, fact: Fact): string | null {
  if (fact.kind !== "quantity" || !fact.unit || fact.unit === "per cent") return null;
  const text = sentence.text;
  const start = fact.start - sentence.start;
  const unitAt = text.indexOf(fact.unit, fact.valueEnd - sentence.start);
  if (unitAt < 0 || unitAt - (fact.valueEnd - sentence.start) > 1) return null;
  const after = restOfClause(text, unitAt + fact.unit.length);
  const ask = `${howMany(fact)} ${fact.unit}`;
  if (/[“”"]/.test(after)) return null;
  const owner = /^(\p{Lu}[\p{L} ]*?),\s+with\s+$/u.exec(text.slice(0, start));
  if (owner && /^\s+\p{Ll}+ed\b/u.test(after)) return `${ask} did ${owner[1]} have${after}?`;
  const stationed =
    /^\s+(stationed|based|deployed|located|serving)\s+(in|at|near)\s+(?:the\s+|\p{Ll}+\s+)?(?:\p{Lu}[\p{L}’'.\d-]*\s?)+/u.exec(
      after,
    );
  if (stationed) return `${ask} were ${stationed[0].trim()}?`;
  const located =
    /(?:^|\s)(?:the|a|an)\s+([\p{Ll}\s]{3,30}?),?\s+located\s+$|(\p{Lu}[\p{L}\d ]*?),\s+located\s+$/u.exec(
      text.slice(0, start),
    );
  if (located) return `${ask}${after} is ${located[1] ? `the ${located[1]}` : located[2]} located?`;
  const clause = clauseAt(text, 0, start);
  if (!clause || !/^\s*(?:all|the|some|its|their)?\s*$/.test(text.slice(clause.after, start)))
    return null;
  return invert(ask, clause, after);
}
