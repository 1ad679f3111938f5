import { writtenWithThe } from "./articles";
import { chunksOf, type Chunk } from "./chunks";
import {
  adjectivalNouns,
  demonyms,
  facilityWords,
  locativePrepositions,
  roleNouns,
  titleWords,
} from "./lexicon";
import { countryOf, looksLikeOrg, looksLikePerson, placeKindOf } from "./lookup";
import {
  actsAsGovernment,
  institutionSuffix,
  namedAsGroup,
  namedAsReporter,
  organisationKindByContext,
} from "./name-context";
import type { Fact, PlaceKind, Sentence } from "./types";

// People, places and organisations. Pass one classifies names from strong evidence (titles,
// organisation nouns, the lexicon, prepositions); pass two resolves the leftovers against what
// pass one found, so "Hecker" becomes "James Hecker" and "Wagner" the "Wagner Group".

type Found = {
  kind: "person" | "place" | "organisation";
  valueFrom: number;
  role?: string;
  placeKind?: PlaceKind;
  acronym?: string;
  adjectival?: boolean;
  /** Characters after the chunk that belong to the name ("Biden| administration"). */
  extend?: number;
};

type Ctx = { before: string; after: string };

const clean = (word: string) => word.replace(/\.$/, "");

function titled(chunk: Chunk): Found | null {
  let t = -1;
  chunk.words.forEach((w, i) => {
    if (titleWords.has(clean(w)) && i < chunk.words.length - 1) t = i;
  });
  if (t < 0) return null;
  const name = chunk.words.slice(t + 1);
  if (name.some((w) => facilityWords.has(w) || !/^\p{Lu}/u.test(w)) || looksLikeOrg(name))
    return null;
  return { kind: "person", valueFrom: t + 1, role: chunk.words.slice(0, t + 1).join(" ") };
}

/** "Nicolas Normand, a former French ambassador," or "The US Ambassador to Niger, Kathleen …". */
function appositiveRole(ctx: Ctx): string | null {
  const after = /^,\s+(?:(?:a|an|the)\s+)?([^,;]+?)(?=,|\.$|;)/.exec(ctx.after)?.[1];
  const hasRole = (s: string) => s.split(/\s+/).some((w) => roleNouns.has(w.toLowerCase()));
  if (after && hasRole(after) && !/^(who|which|that)\b/.test(after)) return after;
  const before = /(?:^|,\s)(?:the\s+|The\s+)?([^,]{3,60}),\s$/.exec(ctx.before)?.[1];
  if (before && hasRole(before)) return before;
  const noun = /(?:^|\s)([\w-]+\s+)?([a-z]+)\s$/.exec(ctx.before);
  if (noun && roleNouns.has(noun[2] ?? "")) return `${noun[1] ?? ""}${noun[2]}`.trim();
  return null;
}

function strong(chunk: Chunk, ctx: Ctx): Found | null {
  const words = chunk.words;
  const person = titled(chunk);
  if (person) return person;
  if (words.some((w) => facilityWords.has(w)))
    return { kind: "place", valueFrom: 0, placeKind: "facility" };
  if (looksLikeOrg(words)) {
    const acronym = /^\s*\((\p{Lu}{2,8})\)/u.exec(ctx.after)?.[1];
    return { kind: "organisation", valueFrom: 0, ...(acronym ? { acronym } : {}) };
  }
  if (titleWords.has(clean(words[words.length - 1] ?? ""))) return null;
  const phrase = words.join(" ");
  if (isNationality(phrase))
    return { kind: "place", valueFrom: 0, placeKind: "country", adjectival: true };
  if (countryOf(phrase)) {
    const next = /^\s+([a-z]+)/.exec(ctx.after)?.[1] ?? "";
    const adjectival = adjectivalNouns.has(next);
    return { kind: "place", valueFrom: 0, placeKind: "country", adjectival };
  }
  const contextual = byNameContext(chunk, ctx);
  if (contextual) return contextual;
  const role = appositiveRole(ctx);
  if (looksLikePerson(words) || (role && words.length >= 2 && words.length <= 4)) {
    return { kind: "person", valueFrom: 0, ...(role ? { role } : {}) };
  }
  const placeKind = placeKindOf(words);
  if ((placeKind === "city" || placeKind === "region") && actsAsGovernment(chunk, ctx))
    return { kind: "organisation", valueFrom: 0, role: "government" };
  if (placeKind) return { kind: "place", valueFrom: 0, placeKind };
  if (namedAsReporter(ctx)) return { kind: "organisation", valueFrom: 0 };
  return null;
}

/** Organisations named by their surroundings: "groups like al Qaeda", "Biden administration". */
function byNameContext(chunk: Chunk, ctx: Ctx): Found | null {
  if (namedAsGroup(ctx)) return { kind: "organisation", valueFrom: 0 };
  const extend = institutionSuffix(ctx);
  // The name is the last word before the noun: "Senior Trump administration" is about Trump.
  if (extend && chunk.words.length <= 3)
    return { kind: "organisation", valueFrom: chunk.words.length - 1, extend };
  return null;
}

/** "American", "West African": adjectives of nationality, not places in their own right. */
function isNationality(phrase: string): boolean {
  if (demonyms[phrase] && demonyms[phrase] !== phrase && !/^\p{Lu}{2,}|\./u.test(phrase))
    return true;
  return /(ern|ian|ese|ish|African|American|European)$/.test(phrase) && !countryOf(phrase);
}

/** Context alone ("in Agadez", "the Sahel region") is weaker than anything the article knows. */
function byContext(ctx: Ctx): Found | null {
  if (/^\s+region\b/.test(ctx.after)) return { kind: "place", valueFrom: 0, placeKind: "region" };
  const prev = /([a-z]+)\s+$/.exec(ctx.before)?.[1] ?? "";
  if (locativePrepositions.has(prev)) return { kind: "place", valueFrom: 0, placeKind: "city" };
  return null;
}

type Known = { persons: string[]; orgs: string[]; places: Map<string, PlaceKind> };

function weak(chunk: Chunk, known: Known): { found: Found; fullName: string } | null {
  const name = chunk.words.join(" ");
  const person = known.persons.find((p) => p.endsWith(` ${name}`) || p === name);
  if (person) return { found: { kind: "person", valueFrom: 0 }, fullName: person };
  const org = known.orgs.find((o) => o.startsWith(`${name} `));
  if (org) return { found: { kind: "organisation", valueFrom: 0 }, fullName: org };
  const placeKind = known.places.get(name);
  if (placeKind) return { found: { kind: "place", valueFrom: 0, placeKind }, fullName: name };
  return null;
}

type Item = { sentence: Sentence; chunk: Chunk; ctx: Ctx; found: Found | null; fullName?: string };

function toFact(item: Item): Fact | null {
  const { sentence, chunk, found } = item;
  if (!found || found.adjectival) return null;
  const valueToken = chunk.tokens[found.valueFrom];
  if (!valueToken) return null;
  const end = chunk.end + (found.extend ?? 0);
  const value = sentence.text.slice(valueToken.start - sentence.start, end - sentence.start);
  const fact: Fact = {
    kind: found.kind,
    text: sentence.text.slice(chunk.start - sentence.start, end - sentence.start),
    value,
    start: chunk.start,
    end,
    sentenceId: sentence.id,
    valueStart: valueToken.start,
    valueEnd: end,
    fullName: found.extend ? value : (item.fullName ?? value),
  };
  if (found.role) fact.role = found.role;
  if (found.placeKind) fact.placeKind = found.placeKind;
  const orgKind = found.kind === "organisation" ? organisationKindByContext(item.ctx) : undefined;
  if (orgKind) fact.orgKind = orgKind;
  if (found.acronym) fact.acronym = found.acronym;
  const at = (offset: number) => offset - sentence.start;
  const definite = writtenWithThe(sentence.text, at(valueToken.start), at(end));
  if (found.kind !== "person" && definite !== undefined) fact.definite = definite;
  return fact;
}

export function extractEntities(body: string, sentences: Sentence[]): Fact[] {
  const lowerWords = new Set(body.match(/(?<![\p{L}])\p{Ll}[\p{L}]*/gu) ?? []);
  const items: Item[] = sentences.flatMap((sentence) =>
    chunksOf(sentence, lowerWords).map((chunk) => {
      const ctx = {
        before: sentence.text.slice(0, chunk.start - sentence.start),
        after: sentence.text.slice(chunk.end - sentence.start),
      };
      return { sentence, chunk, ctx, found: strong(chunk, ctx) };
    }),
  );
  const known: Known = { persons: [], orgs: [], places: new Map() };
  const acronyms = new Map<string, string>();
  for (const { chunk, found } of items) {
    const name = chunk.words.slice(found?.valueFrom ?? 0).join(" ");
    if (found?.kind === "person" && name.includes(" ")) known.persons.push(name);
    if (found?.kind === "organisation") known.orgs.push(name);
    if (found?.acronym) acronyms.set(found.acronym, name);
    if (found?.kind === "place" && found.placeKind) known.places.set(name, found.placeKind);
  }
  return items.flatMap((item) => {
    const name = item.chunk.words.slice(item.found?.valueFrom ?? 0).join(" ");
    const resolved = item.found ? null : weak(item.chunk, known);
    const found = item.found ?? resolved?.found ?? byContext(item.ctx);
    let fullName = resolved?.fullName ?? name;
    if (found?.kind === "person")
      fullName = known.persons.find((p) => p.endsWith(` ${name}`)) ?? name;
    if (found?.kind === "organisation") fullName = acronyms.get(name) ?? fullName;
    const fact = toFact({ ...item, found, fullName });
    return fact ? [fact] : [];
  });
}
