import { articleUse, type ArticleUse } from "./articles";
import { organisationKind, roleClass } from "./kinds";
import { compareStrings } from "./text";
import type { Fact } from "./types";
import { placeNoun } from "./wh-nouns";

// The corpus's names by kind, read once per build: where wrong options, swapped-in names and
// other forms of an answer come from.

export type Pools = {
  person: string[];
  /** People by the class of any role their mentions carry ("head of state", "diplomat"). */
  personByRole: Map<string, string[]>;
  organisation: string[];
  /** Organisations by kind ("news outlet", "government body"), from name or context. */
  organisationByKind: Map<string, string[]>;
  /** Each organisation's kind, where one mention says it. */
  organisationKinds: Map<string, string>;
  government: string[];
  /** Places by the noun a question asks them with: "country", "city", "river", "airport". */
  place: Map<string, string[]>;
  /** Whether each place and organisation is written with "the" ("the Pentagon", "France"). */
  articles: ArticleUse;
  /** Longer names that end with a shorter one: "Base 101" → ["Air Base 101"]. */
  fuller: Map<string, string[]>;
};

function organisationKinds(facts: Fact[]): Map<string, string> {
  const kinds = new Map<string, string>();
  // First by name, then by context, each in corpus order: the same facts give the same kinds.
  for (const f of facts) {
    const name = f.fullName ?? f.value;
    const kind = f.kind === "organisation" && f.role !== "government" && organisationKind(name);
    if (kind && !kinds.has(name)) kinds.set(name, kind);
  }
  for (const f of facts) {
    const name = f.fullName ?? f.value;
    if (f.kind === "organisation" && f.orgKind && !kinds.has(name)) kinds.set(name, f.orgKind);
  }
  return kinds;
}

function groupedBy(byKind: Map<string, Set<string>>, prefix: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of [...byKind.keys()].sort(compareStrings))
    if (key.startsWith(prefix))
      out.set(key.slice(prefix.length), [...(byKind.get(key) ?? [])].sort(compareStrings));
  return out;
}

export function buildPools(facts: Fact[]): Pools {
  const byKind = new Map<string, Set<string>>();
  const add = (key: string, value: string) =>
    byKind.set(key, (byKind.get(key) ?? new Set()).add(value));
  const orgKinds = organisationKinds(facts);
  for (const f of facts) {
    if (f.kind === "person" && f.fullName?.includes(" ")) {
      add("person", f.fullName);
      const role = roleClass(f.role);
      if (role) add(`role:${role}`, f.fullName);
    }
    // A capital standing for its government ("Washington") competes with other governments.
    if (f.kind === "organisation") {
      const name = f.fullName ?? f.value;
      add(f.role === "government" ? "government" : "organisation", name);
      const kind = f.role === "government" ? undefined : orgKinds.get(name);
      if (kind) add(`org:${kind}`, name);
    }
    if (f.kind === "place") add(`place:${placeNoun(f)}`, f.value);
  }
  const sorted = (key: string) => [...(byKind.get(key) ?? [])].sort(compareStrings);
  return {
    person: sorted("person"),
    personByRole: groupedBy(byKind, "role:"),
    organisation: sorted("organisation"),
    organisationByKind: groupedBy(byKind, "org:"),
    organisationKinds: orgKinds,
    government: sorted("government"),
    place: groupedBy(byKind, "place:"),
    fuller: fullerNames(facts),
    articles: articleUse(
      facts.flatMap((f) =>
        f.kind === "person" ? [] : [{ name: f.fullName ?? f.value, definite: f.definite }],
      ),
    ),
  };
}

/**
 * A name the corpus also writes in full: "Base 101" in one article is "Air Base 101" in others,
 * and a student who answers with the full name is right. Only shorter names of two words or
 * more: "Forces" alone is not "Air Forces".
 */
function fullerNames(facts: Fact[]): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.kind !== "place" && f.kind !== "organisation") continue;
    const name = f.fullName ?? f.value;
    const words = name.split(" ");
    for (let i = 1; i < words.length - 1; i++) {
      const tail = words.slice(i).join(" ");
      out.set(tail, (out.get(tail) ?? new Set()).add(name));
    }
  }
  return new Map([...out].map(([tail, names]) => [tail, [...names].sort(compareStrings)]));
}
