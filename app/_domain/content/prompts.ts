import { modifiesNextNoun } from "./articles";
import { demonyms } from "./lexicon";
import { lexiconTags } from "./lookup";
import { quoteInside } from "./quoting";
import { firstWholeIndex } from "./text";
import { placeNoun, roleAsNoun } from "./wh-nouns";
import type { Fact, Sentence } from "./types";

// Turns a sentence and one of its facts into a real question. The reliable transformation is
// the subject question: when the fact opens the clause, "X emphasised that …" becomes
// "Who emphasised that …?" without any parsing. Other positions fall back to cloze forms.

const adverbialStart =
  /^(In|After|Following|As|With|Before|During|Despite|Until|Since|Under|Amid|Meanwhile|However|Moreover|On|At|By)\b/;

// A discourse marker links the sentence to the one before it, which the question does not show:
// "Meanwhile, which organisation …?" reads as a fragment. Left out of the question.
const discourseMarker =
  /^(Meanwhile|However|Moreover|Additionally|Furthermore|Instead|Nevertheless),\s+$/;

function whPhrase(fact: Fact, span: string): string | null {
  if (fact.kind === "person") {
    const role = fact.role && /^\p{Lu}/u.test(fact.role) ? roleAsNoun(fact.role) : null;
    return role ? `Which ${role}` : "Who";
  }
  if (fact.kind === "organisation") return `Which ${fact.role ?? "organisation"}`;
  if (fact.kind === "place") return `Which ${placeNoun(fact)}`;
  if (fact.kind === "quantity") {
    const unit = fact.unit ?? "";
    if (!unit || unit === "per cent") return null;
    const hedge = fact.hedge ? (hedgeWords[fact.hedge] ?? "") : "";
    return `${hedge}how many ${unit}`;
  }
  void span;
  return null;
}

const hedgeWords: Record<string, string> = {
  approximately: "approximately ",
  about: "about ",
  around: "roughly ",
  roughly: "roughly ",
  nearly: "nearly ",
  almost: "almost ",
  over: "more than ",
  "more than": "more than ",
  "just over": "more than ",
  "at least": "at least ",
  "fewer than": "fewer than ",
  "less than": "fewer than ",
  under: "fewer than ",
  "just under": "nearly ",
  "close to": "nearly ",
  "up to": "up to ",
  "as many as": "up to ",
  "totaling around": "roughly ",
  some: "about ",
  "an estimated": "an estimated ",
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The question when the fact is the subject of the sentence's main clause, else null. */
export function subjectQuestion(sentence: Sentence, fact: Fact): string | null {
  const spanStart = fact.start - sentence.start;
  const spanEnd =
    (fact.kind === "quantity" ? fact.end + 1 + (fact.unit?.length ?? 0) : fact.end) -
    sentence.start;
  const before = sentence.text
    .slice(0, spanStart)
    .replace(/\bthe\s+$|\bThe\s+$/, "")
    .replace(discourseMarker, "");
  let after = sentence.text.slice(spanEnd);
  if (
    fact.kind === "quantity" &&
    !sentence.text.slice(fact.end - sentence.start).startsWith(` ${fact.unit}`)
  )
    return null;
  if (before && !(adverbialStart.test(before) && /,\s$/.test(before))) return null;
  const appositive = /^,\s+(?:a|an|the)\s+([^,]+),(\s+\p{Ll}.*)$/u.exec(after);
  let wh = whPhrase(fact, sentence.text.slice(spanStart, spanEnd));
  if (!wh) return null;
  if (appositive && fact.kind === "person") {
    wh = `Which ${appositive[1]}`;
    after = appositive[2] ?? "";
  }
  if (!/^\s+\p{Ll}/u.test(after) || /^\s+(and|or|with|of)\b/.test(after)) return null;
  if (modifiesNextNoun(after)) return null;
  // An open quotation cannot be turned into a question without misquoting the speaker.
  if (/[“”"]/.test(after) || after.trim().split(/\s+/).length < 3) return null;
  const question = `${before ? before : ""}${before ? wh.charAt(0).toLowerCase() + wh.slice(1) : wh}${after}`;
  return capitalise(question.replace(/[.!]["”’]?$/, "").trim()) + "?";
}

/** "MAIN, according to X." becomes "Who says that MAIN?" when X is the fact. */
export function sourceQuestion(sentence: Sentence, fact: Fact): string | null {
  const rel = fact.start - sentence.start;
  const head = sentence.text.slice(0, rel);
  const m = /^(.*?),\s+(according to (?:the )?|as reported by (?:the )?)$/.exec(head);
  const reported = /^(.*?),\s+$/.exec(head);
  const tail = sentence.text.slice(fact.end - sentence.start);
  let main: string | undefined;
  let verb = "says";
  if (m && /^(,[^,]+)?\.$/.test(tail)) main = m[1];
  else if (reported && /^\s+reported( \w+)?\.$/.test(tail) && fact.kind === "organisation") {
    main = reported[1];
    verb = "reported";
  }
  if (!main || main.length < 20) return null;
  if (m?.[2]?.startsWith("as reported")) verb = "reported";
  const who = fact.kind === "person" ? "Who" : "Which organisation";
  if (fact.kind === "person" && verb === "says") verb = "said";
  const lowered = /^(The|A|An|In|After)\b/.test(main)
    ? main.charAt(0).toLowerCase() + main.slice(1)
    : main;
  return `${who} ${verb} that ${lowered}?`;
}

/** The sentence with the fact's value blanked, ready to sit inside the prompt's quotes. */
export function blanked(sentence: Sentence, fact: Fact): string {
  const s = fact.valueStart - sentence.start;
  const e = fact.valueEnd - sentence.start;
  return quoteInside(`${sentence.text.slice(0, s)}_____${sentence.text.slice(e)}`);
}

/**
 * A sentence's first word is capitalised for its place alone; inside a question it is lower
 * case again unless it starts a name: "In which year did construction begin?".
 */
export function lowerOpener(question: string, sentence: Sentence, names: Fact[]): string {
  const m = /^[“"‘]?(\p{Lu}\p{Ll}+)\b/u.exec(sentence.text);
  const word = m?.[1];
  if (!m || !word) return question;
  const at = sentence.start + m[0].length - word.length;
  // A hedge that opens the sentence ("Fewer than 300 soldiers …") is no part of a name.
  const nameAt = (f: Fact) => (f.kind === "quantity" ? f.valueStart : f.start) <= at && at < f.end;
  if (names.some(nameAt) || looksLikeName(word)) return question;
  const i = firstWholeIndex(question.slice(1), word) + 1;
  return i > 0
    ? `${question.slice(0, i)}${word.toLowerCase()}${question.slice(i + word.length)}`
    : question;
}

function looksLikeName(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.person || tags.place || tags.org || demonyms[word] !== undefined;
}

/** Where the first of `forms` stands in `text` as a whole word, or -1. */
function firstMention(text: string, forms: string[]): number {
  const at = forms
    .filter((form) => form.length > 1)
    .map((form) => firstWholeIndex(text, form))
    .filter((i) => i >= 0);
  return at.length > 0 ? Math.min(...at) : -1;
}

/**
 * A question that names its own answer gives it away: "Which country has poured millions into
 * the Agadez base, which plays a vital role in U.S. counterterrorism efforts?" (the United
 * States). A trailing clause that does so is cut ("… into the Agadez base?"); a question that
 * still names it is left for the quality gate to drop.
 */
export function withoutGiveaway(question: string, forms: string[]): string {
  const at = firstMention(question, forms);
  if (at < 0) return question;
  const clauses = [...question.slice(0, at).matchAll(/,\s+(?:which|who|whose|where|including)\b/g)];
  const cut = clauses[clauses.length - 1]?.index;
  return cut === undefined ? question : `${question.slice(0, cut)}?`;
}

/**
 * One name of several joined by "and" or a list: "With which country did France sign deals?"
 * has two right answers when the sentence says "with Mali and Senegal". A cloze keeps the rest.
 */
export function coordinated(sentence: Sentence, fact: Fact): boolean {
  // The few words on either side decide; the rest of a long sentence only slows the patterns.
  const before = sentence.text.slice(0, fact.valueStart - sentence.start).slice(-60);
  const after = sentence.text.slice(
    fact.valueEnd - sentence.start,
    fact.valueEnd - sentence.start + 80,
  );
  return (
    /^,?\s+(?:and|or)\s+(?:the\s+)?\p{Lu}|^,\s+\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*)*,?\s+(?:and|or)\s/u.test(
      after,
    ) || /\p{Lu}[\p{L}’'.-]*,?\s+(?:and|or)\s+(?:the\s+)?$/u.test(before)
  );
}
