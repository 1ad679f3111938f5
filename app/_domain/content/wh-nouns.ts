import { demonyms, facilityWords, orgWords, titleWords } from "./lexicon";
import { countryOf } from "./lookup";
import type { Fact } from "./types";

// The noun a question asks with. A place is asked as what its name says it is ("Which airport"
// for Schiphol Airport, "Which river" for the Brahmaputra River) or as its kind ("Which city");
// a role without the name after it is written in lower case, as style guides have it ("Which
// deputy Pentagon press secretary", "the French president"), names inside it kept.

/** Head nouns that say what a region is, by the word that ends its name. */
const regionNouns: Record<string, string> = {
  River: "river",
  Desert: "desert",
  Sea: "sea",
  Lake: "lake",
  Valley: "valley",
  Mountains: "mountain range",
  Ocean: "ocean",
  Gulf: "gulf",
  Coast: "coast",
  Province: "province",
  State: "state",
  County: "county",
  District: "district",
  Island: "island",
};

const kindNouns: Record<string, string> = { country: "country", city: "city", region: "region" };

/** "Schiphol Airport" → "airport", "Brahmaputra River" → "river", Niamey → "city". */
export function placeNoun(fact: Pick<Fact, "value" | "placeKind">): string {
  const words = fact.value.split(/\s+/);
  if (fact.placeKind === "facility") {
    const noun = words.filter((w) => facilityWords.has(w)).pop();
    return noun ? noun.toLowerCase().replace(/^airbase$/, "base") : "base";
  }
  const last = words[words.length - 1] ?? "";
  if (fact.placeKind === "region" && regionNouns[last]) return regionNouns[last];
  return kindNouns[fact.placeKind ?? "city"] ?? "place";
}

const abbreviations: Record<string, string> = {
  Gen: "general",
  Lt: "lieutenant",
  Col: "colonel",
  Maj: "major",
  Capt: "captain",
  Adm: "admiral",
  Sgt: "sergeant",
  Cmdr: "commander",
  Sen: "senator",
  Rep: "representative",
  Gov: "governor",
  Prof: "professor",
};

/** Courtesy titles say nothing about what a person does: "Which Dr." asks nothing. */
const honorifics = new Set(["Dr", "Mr", "Mrs", "Ms", "Sheikh"]);

/** A capitalised word that is a name, not part of a title: "French", "Pentagon", "US". */
function isName(word: string): boolean {
  return (
    demonyms[word] !== undefined ||
    orgWords.has(word) ||
    /^[\p{Lu}.]{2,}$/u.test(word) ||
    countryOf(word) !== null
  );
}

/**
 * "Deputy Pentagon Press Secretary" → "deputy Pentagon press secretary", "Finance Minister" →
 * "finance minister", "Gen." → "general"; null for a courtesy title alone ("Dr.").
 */
export function roleAsNoun(role: string): string | null {
  const words = role.split(/\s+/);
  const bare = words.map((w) => w.replace(/\.$/, ""));
  if (bare.every((w) => honorifics.has(w))) return null;
  return words
    .map((word, i) => {
      const w = bare[i] ?? word;
      if (abbreviations[w]) return abbreviations[w];
      if (titleWords.has(w)) return word.toLowerCase();
      // A word before a title that is not a name is its portfolio: "Finance Minister".
      const beforeTitle = titleWords.has(bare[i + 1] ?? "") && /^\p{Lu}\p{Ll}+$/u.test(w);
      return beforeTitle && !isName(w) ? word.toLowerCase() : word;
    })
    .join(" ");
}
