import { demonyms } from "./lexicon";
import { escapeRegExp } from "./text";
import { isPastVerb } from "./verbs";
import type { Fact, FactKind, PlaceKind, Sentence } from "./types";

// A subject such as "the West African country" or "the group" points back at a name in an
// earlier sentence. On a card of its own it could be any country or group: "With which country
// did the West African country sign a memorandum?" cannot be answered from the question. When
// the nearest sentence before that names things of that kind names exactly one, the description
// is that thing and questions name it ("[Niger]" inside a quoted sentence, "Niger" elsewhere);
// otherwise the sentence's questions are dropped with the reason.

type Referent = { kind: FactKind; placeKind?: PlaceKind };

const nouns: Record<string, Referent> = {
  country: { kind: "place", placeKind: "country" },
  nation: { kind: "place", placeKind: "country" },
  city: { kind: "place", placeKind: "city" },
  town: { kind: "place", placeKind: "city" },
  group: { kind: "organisation" },
  organisation: { kind: "organisation" },
  organization: { kind: "organisation" },
  company: { kind: "organisation" },
  firm: { kind: "organisation" },
  militia: { kind: "organisation" },
  agency: { kind: "organisation" },
  ministry: { kind: "organisation" },
  board: { kind: "organisation" },
  airport: { kind: "place", placeKind: "facility" },
  base: { kind: "place", placeKind: "facility" },
  airbase: { kind: "place", placeKind: "facility" },
  president: { kind: "person" },
  leader: { kind: "person" },
  general: { kind: "person" },
  minister: { kind: "person" },
  ambassador: { kind: "person" },
  official: { kind: "person" },
  spokesman: { kind: "person" },
  spokeswoman: { kind: "person" },
};

const plurals = new Map(Object.keys(nouns).map((n) => [n.replace(/y$/, "ie") + "s", n]));

/** "Instead, the West African country …": an opening phrase, "the", up to three words, a noun. */
const description = new RegExp(
  `^(?:[^,“”"]{1,60},\\s+)?([Tt]he\\s+((?:[\\p{L}-]+\\s+){0,3}?)(${[...Object.keys(nouns), ...plurals.keys()].join("|")}))(?=\\s)`,
  "u",
);

const verbAfter =
  /^\s+(?:(?:also|still|now|then|later|recently|reportedly|\p{Ll}+ly)\s+)?(\p{Ll}+)\b/u;
const auxiliaries =
  /^(is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did)$/;

/** A finite verb after the subject; after a plural, any word but one that goes on the phrase. */
function isVerb(word: string, plural: boolean): boolean {
  if (auxiliaries.test(word) || isPastVerb(word)) return true;
  if (plural) return !/^(of|in|on|at|to|for|from|with|and|or|who|which|that|whose)$/.test(word);
  return /^\p{Ll}+s$/u.test(word);
}

/** "West African", "former", "ruling": words that describe; "Wagner" would be a name. */
function describes(word: string): boolean {
  if (/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return true;
  if (/^(North|South|East|West|Central|Northern|Southern|Eastern|Western)$/.test(word)) return true;
  return demonyms[word] !== undefined || /\p{Ll}(an|ian|ese|ish|i)$/u.test(word);
}

export type Anaphor = {
  /** The description as the sentence writes it: "the West African country". */
  phrase: string;
  /** The one name it stands for, or null when the sentence before does not settle it. */
  referent: string | null;
};

/** The description that opens the sentence's main clause, if its subject is one. */
function subjectDescription(text: string): { phrase: string; noun: string } | null {
  const m = description.exec(text);
  if (!m) return null;
  const [, phrase = "", modifiers = "", noun = ""] = m;
  if (!modifiers.trim().split(/\s+/).filter(Boolean).every(describes)) return null;
  const verb = verbAfter.exec(text.slice((m.index ?? 0) + m[0].length))?.[1] ?? "";
  if (!isVerb(verb, plurals.has(noun))) return null;
  return { phrase, noun };
}

/** How many sentences back a description may point: further, the reader has lost the thread. */
export const LOOKBACK = 3;

/**
 * The subject description of `sentence` and what it stands for: the names of its kind in the
 * nearest of the sentences before (`earlier`, nearest first; read only when needed) that has
 * any, if it has one.
 */
export function subjectAnaphor(sentence: Sentence, earlier: () => Fact[][]): Anaphor | null {
  const found = subjectDescription(sentence.text);
  if (!found) return null;
  const wanted = nouns[found.noun];
  // A plural ("the two countries") stands for several names; no one name can replace it.
  if (!wanted) return { phrase: found.phrase, referent: null };
  const fits = (f: Fact) =>
    f.kind === wanted.kind && (!wanted.placeKind || f.placeKind === wanted.placeKind);
  const nearest =
    earlier()
      .slice(0, LOOKBACK)
      .find((facts) => facts.some(fits)) ?? [];
  const names = new Set(nearest.filter(fits).map((f) => f.fullName ?? f.value));
  return { phrase: found.phrase, referent: names.size === 1 ? [...names][0]! : null };
}

/**
 * The prompt with the description replaced by its referent: in brackets inside a quoted
 * sentence (an editor's insertion), as plain words in a question or statement.
 */
export function resolvedPrompt(prompt: string, anaphor: Anaphor, withThe: boolean): string {
  const referent = anaphor.referent ?? "";
  const name = withThe ? `the ${referent}` : referent;
  const quoted = /“/.test(prompt);
  const pattern = new RegExp(`(^|[\\s“‘?:])${escapeRegExp(anaphor.phrase)}\\b`, "gi");
  return prompt.replace(pattern, (match, lead: string, offset: number) => {
    const opens = offset === 0 || /[“?:]\s*$/.test(prompt.slice(0, offset + lead.length));
    const text = opens ? name.charAt(0).toUpperCase() + name.slice(1) : name;
    return `${lead}${quoted ? `[${text}]` : text}`;
  });
}
