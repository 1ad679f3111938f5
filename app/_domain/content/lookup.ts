import nlp from "compromise";
import { demonyms, facilityWords, orgWords, regionWords } from "./lexicon";
import type { PlaceKind } from "./types";

// compromise's lexicon knows first names, countries, cities and organisations. Running its
// tagger costs about half a millisecond per phrase, which made first-time phrases the slowest
// part of a build; the names we ask about are decided by the lexicon alone, so we read the
// lexicon once into a table of kinds and look words up directly (pure and deterministic).
type Tags = { person: boolean; country: boolean; city: boolean; place: boolean; org: boolean };

const KIND = { person: 1, country: 2, city: 4, place: 8, org: 16 } as const;

function kindBits(tags: string[], tagSet: Record<string, { parents?: string[] }>): number {
  let bits = 0;
  for (const tag of tags) {
    const family = new Set([tag, ...(tagSet[tag]?.parents ?? [])]);
    if (family.has("Person")) bits |= KIND.person;
    if (tag === "Country") bits |= KIND.country;
    if (tag === "City") bits |= KIND.city;
    if (family.has("Place")) bits |= KIND.place;
    if (family.has("Organization")) bits |= KIND.org;
  }
  return bits;
}

function buildTable(): Map<string, number> {
  const model = nlp.model() as {
    one: {
      lexicon: Record<string, string | string[]>;
      frozenLex?: Record<string, string | string[]>;
      tagSet: Record<string, { parents?: string[] }>;
    };
  };
  const table = new Map<string, number>();
  for (const lexicon of [model.one.lexicon, model.one.frozenLex ?? {}]) {
    for (const [word, tag] of Object.entries(lexicon)) {
      const bits = kindBits(Array.isArray(tag) ? tag : [tag], model.one.tagSet);
      if (bits) table.set(word, (table.get(word) ?? 0) | bits);
    }
  }
  return table;
}

const table = buildTable();
const memo = new Map<string, Tags>();

/** Kinds the lexicon gives a phrase: the whole phrase if it is an entry, else its words. */
export function lexiconTags(phrase: string): Tags {
  const cached = memo.get(phrase);
  if (cached) return cached;
  const lower = phrase.toLowerCase().replace(/[’']s$/, "");
  const whole = table.get(lower) ?? 0;
  const words = lower.split(/[\s-]+/).map((w) => table.get(w.replace(/\.$/, "")) ?? 0);
  const any = words.reduce((a, b) => a | b, whole);
  const every = (bit: number) => (whole & bit) !== 0 || words.every((w) => (w & bit) !== 0);
  const tags = {
    person: (any & KIND.person) !== 0,
    country: every(KIND.country),
    city: every(KIND.city),
    place: (any & KIND.place) !== 0,
    org: (any & KIND.org) !== 0,
  };
  memo.set(phrase, tags);
  return tags;
}

export function countryOf(phrase: string): string | null {
  if (demonyms[phrase]) return demonyms[phrase] ?? null;
  return lexiconTags(phrase).country ? phrase : null;
}

export function placeKindOf(words: string[]): PlaceKind | null {
  const phrase = words.join(" ");
  if (words.some((w) => facilityWords.has(w))) return "facility";
  if (countryOf(phrase)) return "country";
  if (words.some((w) => regionWords.has(w))) return "region";
  const tags = lexiconTags(phrase);
  if (tags.city) return "city";
  if (tags.place && !tags.person) return "region";
  return null;
}

export function looksLikeOrg(words: string[]): boolean {
  if (words.some((w) => orgWords.has(w))) return true;
  const phrase = words.join(" ");
  if (/^\p{Lu}{2,6}$/u.test(phrase) && !countryOf(phrase)) return true;
  return lexiconTags(phrase).org;
}

export function looksLikePerson(words: string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const tags = lexiconTags(words.join(" "));
  return tags.person && !tags.country && !tags.org;
}
