import { monthWords } from "./dates";
import { promptRoleClass, roleClass } from "./kinds";
import { demonyms, institutionAliases } from "./lexicon";
import { boundOf, nearbyNumbers } from "./numbers";
import { compareStrings, countWhole, normaliseText } from "./text";
import type { Pools } from "./pools";
import type { Fact } from "./types";
import { placeNoun } from "./wh-nouns";

// Wrong options of the same kind as the answer: a person of the role the question names (a
// president for "Which president …"), a place of the same kind from the corpus, an
// organisation of the same kind when its name or context says one, a date of the same shape, a
// number near the true one. Never the answer under another name, never a value the article or
// a rival source states as true. Too few of the right kind gives fewer options, never padding
// with another kind: a wrong-kind option is struck out by reading the question alone.

export { buildPools, type Pools } from "./pools";

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

const canonical = (v: string) => {
  const name = v.replace(/^the /i, "");
  return normaliseText(demonyms[name] ?? institutionAliases[name] ?? name).replace(/^the /, "");
};
const designator = (s: string) => /(\d+)$/.exec(s)?.[1];

/**
 * Two names for one thing: "Air Base 101" and "Base 101", "US" and "United States", "the
 * Pentagon" and "Defence Department".
 */
export function isAlias(a: string, b: string): boolean {
  const [x, y] = [canonical(a), canonical(b)];
  if (x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`)) return true;
  return designator(x) !== undefined && designator(x) === designator(y);
}

/**
 * People for a person: only the role the prompt names (or `prompt.role`, a role class the
 * caller holds them to), else anyone, people of the same role first.
 */
function personCandidates(fact: Fact, pools: Pools, seed: string, prompt: Prompt) {
  const asked = prompt.role ?? (prompt.text ? promptRoleClass(prompt.text) : null);
  const role = asked ?? roleClass(fact.role);
  const sameRole = role ? window(pools.personByRole.get(role) ?? [], seed) : [];
  const names = asked
    ? shuffled(seed, sameRole)
    : [...shuffled(seed, sameRole), ...shuffled(seed, window(pools.person, seed))];
  const short = !fact.value.includes(" ");
  return names.map((p) => (short ? (p.split(" ").pop() ?? p) : p));
}

type Prompt = { text: string | null; role: string | null };

function namedCandidates(fact: Fact, pools: Pools, prompt: Prompt): string[] {
  const seed = `${fact.sentenceId}|${fact.value}`;
  if (fact.kind === "person") return personCandidates(fact, pools, seed, prompt);
  if (fact.kind === "organisation") {
    const kind = pools.organisationKinds.get(fact.fullName ?? fact.value);
    const pool =
      fact.role === "government"
        ? pools.government
        : kind
          ? (pools.organisationByKind.get(kind) ?? [])
          : pools.organisation;
    return shuffled(seed, window(pool, seed));
  }
  // Abbreviations ("US") read badly when swapped into a sentence; full names only.
  // A river for a river, an airport for an airport: what the question asks with.
  const pool = pools.place.get(placeNoun(fact)) ?? [];
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

/**
 * Up to `count` distractors; `exclude` holds normalised values that are true somewhere. The
 * prompt, when there is one, says which kind of person the options must be.
 */
export function pickDistractors(
  fact: Fact,
  sentenceText: string,
  pools: Pools,
  exclude: Set<string>,
  prompt: string | null = null,
  count = 3,
  role: string | null = null,
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
    return nearbyNumbers(fact.value, fact.amount ?? 0, seed, free, count, boundOf(fact.hedge));
  const candidates =
    fact.kind === "date"
      ? shuffled(seed, nearbyDates(fact.value))
      : namedCandidates(fact, pools, { text: prompt, role });
  const out: string[] = [];
  for (const c of candidates) {
    if (out.length >= count) break;
    if (!free(c) || isAlias(c, fact.value) || isAlias(c, fact.fullName ?? fact.value)) continue;
    if (out.some((o) => isAlias(o, c))) continue;
    out.push(c);
  }
  return out;
}

/** The role class any mention in the corpus gives this person, if one does. */
function knownRole(pools: Pools, name: string): string | null {
  for (const [role, names] of pools.personByRole) if (names.includes(name)) return role;
  return null;
}

/**
 * The value a false statement swaps in. For a person with a role (here or in any other mention),
 * only someone of the same role class or nothing: "Emmanuel Macron has continued to support
 * Singh" (a press secretary where the source has a president) is struck out without any recall.
 * Otherwise the first wrong option.
 */
export function statementSwap(
  fact: Fact,
  sentenceText: string,
  pools: Pools,
  exclude: Set<string>,
  firstOption: string | undefined,
): string | undefined {
  if (fact.kind !== "person") return firstOption;
  const role = roleClass(fact.role) ?? knownRole(pools, fact.fullName ?? fact.value);
  if (!role) return firstOption;
  return pickDistractors(fact, sentenceText, pools, exclude, null, 1, role)[0];
}
