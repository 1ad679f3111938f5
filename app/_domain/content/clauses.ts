import { commonStarters } from "./lexicon";
import { baseForm, isPastVerb, participle } from "./verbs";

// A shallow reading of one clause: who does what. Questions need only the subject, the verb
// group and the words around the asked-about span; a full parser would be slower and no more
// reliable on news prose, so the rules stay conservative and return null when unsure.

export type Clause = {
  subject: string;
  aux: string | null;
  adverbs: string;
  verb: string;
  /** Offset in the sentence just after the verb group. */
  after: number;
};

const auxiliaries = new Set(
  "is are was were has have had will would can could should may might must".split(" "),
);
const pronouns =
  /^(he|she|it|they|this|that|these|those|we|i|you|there|which|who|before|after|until|when|while|if|although|because|as|since|once|though|unless)$/i;
/** Past participles that usually follow a noun ("troops stationed at …"), not a subject. */
const reducedRelative = new Set(
  "stationed based deployed located positioned held known called named posted".split(" "),
);
const adverb = /^(\p{Ll}+ly|also|still|already|now|recently|not|never|then|later|soon)$/u;
const determiners = /^(the|a|an|its|their|his|her|our|this|that|these|those)$/i;

type Word = { text: string; start: number; end: number };

function wordsOf(text: string, from: number, to: number): Word[] {
  return [...text.slice(from, to).matchAll(/\S+/g)].map((m) => ({
    text: m[0],
    start: from + (m.index ?? 0),
    end: from + (m.index ?? 0) + m[0].length,
  }));
}

/** The subject as it reads inside a question: "The Pentagon" → "the Pentagon". */
export function inQuestion(subject: string): string {
  const first = subject.split(" ")[0] ?? "";
  return commonStarters.has(first) ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
}

function subjectOf(text: string, from: number, verbAt: number): string | null {
  const before = text.slice(from, verbAt).trim();
  // "As part of the shift, some U.S. forces …": an introductory phrase ends at its comma, and
  // the subject is the part next to the verb; "Nicolas Normand, a former ambassador, has …": an
  // appositive sits between the subject and the verb.
  const parts = before.replace(/,$/, "").split(/,\s+/);
  const appositive = before.endsWith(",") && parts.length > 1;
  const subject = (parts[parts.length - (appositive ? 2 : 1)] ?? "").trim();
  const words = subject.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8 || pronouns.test(words[0] ?? "")) return null;
  if (/[“”"—;:()]/.test(subject) || !nounPhrase(words)) return null;
  return subject;
}

/**
 * A subject has no verb of its own, does not open on a preposition or end on a conjunction: in "Barua, a hydrologist,
 * said the river was flowing", "said the river" is not a subject, and in "The plant cost
 * $1.4 billion and can power …" the subject of "can power" is not "The plant cost … and".
 */
function nounPhrase(words: string[]): boolean {
  if (/^(and|or|but)$/.test(words[words.length - 1] ?? "")) return false;
  // "France, with about 1,500 soldiers stationed …": a phrase that opens on a preposition.
  if (/^(with|without|in|on|at|for|from|to|by|of|after|before|during)$/i.test(words[0] ?? ""))
    return false;
  return !words.some(
    (w, i) => auxiliaries.has(w) || (isPastVerb(w) && !determiners.test(words[i - 1] ?? "")),
  );
}

/** The first finite verb group after `from` (and before `to`), with its subject. */
export function clauseAt(text: string, from: number, to: number): Clause | null {
  const words = wordsOf(text, from, to);
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1]!.text;
    const isAux = auxiliaries.has(w.text);
    if (!isAux && (!isPastVerb(w.text) || determiners.test(prev) || /,$/.test(prev))) continue;
    if (!isAux && reducedRelative.has(w.text)) {
      const subject = subjectOf(text, from, w.start);
      if (!subject) return null;
      const plural = /(s|personnel|people|police)$/.test(subject);
      return { subject, aux: plural ? "were" : "was", adverbs: "", verb: w.text, after: w.end };
    }
    let j = i;
    const adverbs: string[] = [];
    while (isAux && words[j + 1] && adverb.test(words[j + 1]!.text)) adverbs.push(words[++j]!.text);
    let verb = w.text;
    if (isAux) {
      const next = words[j + 1];
      if (!next || !/^\p{Ll}+$/u.test(next.text)) return null;
      verb = next.text;
      j++;
    }
    let verbAt = w.start;
    for (let k = i - 1; k > 0 && adverb.test(words[k]!.text) && !isAux; k--) {
      adverbs.unshift(words[k]!.text);
      verbAt = words[k]!.start;
    }
    const subject = subjectOf(text, from, verbAt);
    if (!subject) return null;
    return {
      subject,
      aux: isAux ? w.text : null,
      adverbs: adverbs.join(" "),
      verb,
      after: words[j]!.end,
    };
  }
  return null;
}

/** "<wh> did the Pentagon formally order …" or "<wh> were some U.S. forces relocated …". */
export function invert(wh: string, clause: Clause, tail: string): string {
  const subject = inQuestion(clause.subject);
  const adverbs = clause.adverbs ? ` ${clause.adverbs}` : "";
  const core = clause.aux
    ? `${wh} ${clause.aux} ${subject}${adverbs} ${clause.verb}`
    : `${wh} did ${subject}${adverbs} ${baseForm(clause.verb)}`;
  return `${core}${tail ? ` ${tail.trim()}` : ""}`.replace(/\s+/g, " ").trim() + "?";
}

/** "was toppled", "has been ousted": the passive of a clause's verb group. */
export function passive(clause: Clause, plural: boolean): string {
  if (clause.aux === "has" || clause.aux === "have") return `${clause.aux} been ${clause.verb}`;
  if (clause.aux === "had") return `had been ${clause.verb}`;
  if (clause.aux) return "";
  return `${plural ? "were" : "was"} ${participle(clause.verb)}`;
}
