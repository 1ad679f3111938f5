import type { Fact } from "./types";

// Some names are written with "the" ("the United States", "the Pentagon", "the EU") and most are
// not ("Mali", "Washington"). A false statement that swaps one name for another must carry the
// article the new name needs: "Both United States and Mali have sought …" read as broken
// English, and a student could strike it out without any recall. The corpus says which names take
// it: a name counts as written with "the" when most of its mentions that end their noun phrase
// have "the" right before them.

// Words after which the name's noun phrase has certainly ended. After a common noun ("the Agadez
// region", "the United States military") the "the" belongs to that noun, so such mentions count
// neither way.
const phraseEnders = new Set(
  (
    "is are was were has have had will would could should can may might did does do said says " +
    "reported announced and or but nor in on at to for of from with by as that which who whose " +
    "where when while after before since until over under into about against between during " +
    "also still now again this last"
  ).split(" "),
);

type MentionsOf = { body: string; facts: readonly Fact[] };

/** The names of places and organisations that the corpus writes with "the". */
export function definiteNames(articles: readonly MentionsOf[]): Set<string> {
  const counts = new Map<string, { with: number; without: number }>();
  for (const { body, facts } of articles) {
    for (const fact of facts) {
      if (fact.kind !== "place" && fact.kind !== "organisation") continue;
      if (!endsPhrase(body.slice(fact.valueEnd, fact.valueEnd + 30))) continue;
      const count = counts.get(fact.value) ?? { with: 0, without: 0 };
      if (/\bthe\s+$/i.test(body.slice(Math.max(0, fact.valueStart - 5), fact.valueStart)))
        count.with += 1;
      else count.without += 1;
      counts.set(fact.value, count);
    }
  }
  return new Set([...counts].filter(([, c]) => c.with > 0 && c.with >= c.without).map(([n]) => n));
}

function endsPhrase(after: string): boolean {
  if (/^\s*(?:[,.;:!?)”"’—–-]|$)/.test(after)) return true;
  const next = /^\s+([\p{L}]+)/u.exec(after)?.[1];
  return next !== undefined && phraseEnders.has(next.toLowerCase());
}

/**
 * The text with `replacement` in the place of `original` at `at`, the article in front made right
 * for the new name: "the" added for a name written with it, taken away for one written without.
 */
export function swapWithArticle(
  text: string,
  at: number,
  original: string,
  replacement: string,
  definite: ReadonlySet<string>,
): string {
  const before = text.slice(0, at);
  const after = text.slice(at + original.length);
  const article = /(^|\s)(the|The)\s+$/.exec(before);
  if (article && !definite.has(replacement)) {
    const kept = before.slice(0, article.index + article[1]!.length);
    const name = kept === "" ? capitalised(replacement) : replacement;
    return `${kept}${name}${after}`;
  }
  if (!article && definite.has(replacement) && !definite.has(original)) {
    return `${before}${before === "" ? "The" : "the"} ${replacement}${after}`;
  }
  return `${before}${replacement}${after}`;
}

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
