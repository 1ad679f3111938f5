import { monthWords } from "./dates";
import { demonyms, roleNouns } from "./lexicon";
import { nearbyNumbers } from "./numbers";
import { compareStrings, countWhole, normaliseText } from "./text";
import type { Fact } from "./types";

// Wrong options of the same type as the answer: a person for a person (one with the same kind
// of role first), a place of the same kind from the corpus, a date of the same shape, a number
// near the true one. Never the answer under another name, never a value the article or a rival
// source states as true.

export type Pools = {
  person: string[];
  /** People by the role noun of their title ("president", "ambassador"). */
  personByRole: Map<string, string[]>;
  organisation: string[];
  government: string[];
  place: Map<string, string[]>;
};

/** "Deputy Pentagon Press Secretary" → "secretary": the noun that says what kind of role. */
export function roleNoun(role: string | undefined): string | null {
  const words = (role ?? "").toLowerCase().split(/\s+/);
  return words.filter((w) => roleNouns.has(w)).pop() ?? null;
}

export function buildPools(facts: Fact[]): Pools {
  const byKind = new Map<string, Set<string>>();
  const add = (key: string, value: string) =>
    byKind.set(key, (byKind.get(key) ?? new Set()).add(value));
  for (const f of facts) {
    if (f.kind === "person" && f.fullName?.includes(" ")) {
      add("person", f.fullName);
      const noun = roleNoun(f.role);
      if (noun) add(`role:${noun}`, f.fullName);
    }
    // A capital standing for its government ("Washington") competes with other governments.
    if (f.kind === "organisation")
      add(f.role === "government" ? "government" : "organisation", f.fullName ?? f.value);
    if (f.kind === "place") add(`place:${f.placeKind ?? "city"}`, f.value);
  }
  const sorted = (key: string) => [...(byKind.get(key) ?? [])].sort(compareStrings);
  const place = new Map<string, string[]>();
  const personByRole = new Map<string, string[]>();
  for (const key of [...byKind.keys()].sort(compareStrings)) {
    if (key.startsWith("place:")) place.set(key.slice(6), sorted(key));
    if (key.startsWith("role:")) personByRole.set(key.slice(5), sorted(key));
  }
  return {
    person: sorted("person"),
    personByRole,
    organisation: sorted("organisation"),
    government: sorted("government"),
    place,
  };
}

/** Dates of the same shape: another day, month or year written the way the source wrote it. */
export function nearbyDates(text: string): string[] {
  const out = new Set<string>();
  const year = /\b(\d{4})\b/.exec(text)?.[1];
  if (year) for (const d of [-1, 1, -2, 2]) out.add(text.replace(year, String(Number(year) + d)));
  const month = monthWords.find((m) => text.includes(m));
  if (month) {
    const i = monthWords.indexOf(month);
    for (const d of [-1, 1, 3])
      out.add(text.replace(month, monthWords[(i + d + 12) % 12] ?? month));
  }
  const day = /\b(\d{1,2})\b(?!\d)/.exec(text.replace(/\d{4}/, ""))?.[1];
  if (day)
    for (const d of [9, -9])
      out.add(text.replace(new RegExp(`\\b${day}\\b`), String(((Number(day) + d + 27) % 28) + 1)));
  out.delete(text);
  return [...out];
}

/**
 * A window of the sorted pool starting where the fact's hash points. Scanning the whole pool
 * for every question made a build quadratic in the corpus size; a bounded window keeps it
 * linear and still gives every question its own mix.
 */
function window(pool: string[], seed: string, limit = 24): string[] {
  if (pool.length <= limit) return pool;
  const start = mixKey(seed, "window") % pool.length;
  return Array.from({ length: limit }, (_, i) => pool[(start + i) % pool.length] ?? "");
}

const canonical = (v: string) => normaliseText(demonyms[v] ?? v).replace(/^the /, "");
const designator = (s: string) => /(\d+)$/.exec(s)?.[1];

/** Two names for one thing: "Air Base 101" and "Base 101", "US" and "United States". */
export function isAlias(a: string, b: string): boolean {
  const [x, y] = [canonical(a), canonical(b)];
  if (x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`)) return true;
  return designator(x) !== undefined && designator(x) === designator(y);
}

function namedCandidates(fact: Fact, pools: Pools): string[] {
  const seed = `${fact.sentenceId}|${fact.value}`;
  if (fact.kind === "person") {
    const short = !fact.value.includes(" ");
    const noun = roleNoun(fact.role);
    const sameRole = noun ? window(pools.personByRole.get(noun) ?? [], seed) : [];
    const names = [...shuffled(seed, sameRole), ...shuffled(seed, window(pools.person, seed))];
    return names.map((p) => (short ? (p.split(" ").pop() ?? p) : p));
  }
  if (fact.kind === "organisation") {
    const pool = fact.role === "government" ? pools.government : pools.organisation;
    return shuffled(seed, window(pool, seed));
  }
  // Abbreviations ("US") read badly when swapped into a sentence; full names only.
  const pool = pools.place.get(fact.placeKind ?? "city") ?? [];
  return shuffled(
    seed,
    window(pool, seed).filter((p) => !/^[\p{Lu}.]+$/u.test(p)),
  );
}

/** FNV-1a: a cheap deterministic mix key; sha256 per comparison dominated whole builds. */
function mixKey(seed: string, value: string): number {
  let h = 0x811c9dc5;
  const text = `${seed}\u0000${value}`;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function shuffled(seed: string, values: string[]): string[] {
  return values
    .map((value) => ({ value, key: mixKey(seed, value) }))
    .sort((a, b) => a.key - b.key || compareStrings(a.value, b.value))
    .map((entry) => entry.value);
}

/** Up to `count` distractors; `exclude` holds normalised values that are true somewhere. */
export function pickDistractors(
  fact: Fact,
  sentenceText: string,
  pools: Pools,
  exclude: Set<string>,
  count = 3,
): string[] {
  const seed = `${fact.sentenceId}|${fact.value}`;
  // A candidate the sentence itself names — in full, or a person by surname ("Bazoum") — would
  // be a true statement about the sentence, not a wrong option.
  const surname = (c: string) => (fact.kind === "person" ? (c.split(" ").pop() ?? c) : c);
  const free = (c: string) =>
    !exclude.has(normaliseText(c)) &&
    countWhole(sentenceText, c) === 0 &&
    countWhole(sentenceText, surname(c)) === 0;
  if (fact.kind === "quantity")
    return nearbyNumbers(fact.value, fact.amount ?? 0, seed, free, count);
  const candidates =
    fact.kind === "date" ? shuffled(seed, nearbyDates(fact.value)) : namedCandidates(fact, pools);
  const out: string[] = [];
  for (const c of candidates) {
    if (out.length >= count) break;
    if (!free(c) || isAlias(c, fact.value) || isAlias(c, fact.fullName ?? fact.value)) continue;
    if (out.some((o) => isAlias(o, c))) continue;
    out.push(c);
  }
  return out;
}
