import { isPastVerb } from "./verbs";

// Whether a name takes "the": "the United States", "the Pentagon", "the Wagner Group", but
// "France", "Al Jazeera", "Washington". A false statement swaps one name for another, and the
// article must follow the name put in ("Both the United States and Mali …", not "Both United
// States …"; "France is …", not "The France is …"). The corpus says it best: how the name is
// written where it heads its phrase. A name the corpus never writes that way falls back to its
// shape (a plural or a common noun at the end: "the Netherlands", "the Central African Republic").

const followers =
  /^(is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did|and|or|but|nor|of|in|on|at|to|for|from|with|by|as|than|that|which|who|this|last|next|after|before|over|under|into|since|until|during|also|not|now|still|then|said|says|reported|reports)$/;

const auxiliaries =
  /^(is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did|said|says)$/;

/**
 * Whether a name heads its phrase, judged from the text after it: a verb, a function word or
 * punctuation follows a head ("the Pentagon has", "the EU."), a common noun follows a modifier
 * ("the Sahel region": the article belongs to "region"). Null when the next word cannot tell.
 */
export function headsPhrase(after: string): boolean | null {
  const next = /^\s*([^\s]+)/.exec(after)?.[1];
  if (!next || /^[,.;:!?()”’'"—–]/.test(next)) return true;
  if (!/^\s/.test(after)) return null;
  const word = next.replace(/[,.;:!?)”’"]+$/, "");
  if (!/^\p{Ll}/u.test(word)) return null;
  return followers.test(word) || isPastVerb(word) || /^\p{Ll}+ly$/u.test(word) ? true : false;
}

/**
 * A name that only modifies the noun after it, the noun then heading a clause: "Army| helicopters
 * dropped food" is about helicopters, so the army is not who dropped it.
 */
export function modifiesNextNoun(after: string): boolean {
  if (headsPhrase(after) !== false) return false;
  const verb = /^\s+\S+\s+(\p{Ll}+)\b/u.exec(after)?.[1] ?? "";
  return auxiliaries.test(verb) || isPastVerb(verb) || /^\p{Ll}+ly$/u.test(verb);
}

/** "the" when the text before a name ends with it. */
export function hasArticleBefore(before: string): boolean {
  return /(?:^|[\s(“"‘])[Tt]he\s+$/.test(before);
}

/** Whether the name at text[start, end) is written with "the"; undefined unless it heads. */
export function writtenWithThe(text: string, start: number, end: number): boolean | undefined {
  if (headsPhrase(text.slice(end)) !== true) return undefined;
  return hasArticleBefore(text.slice(0, start));
}

const shapeWithThe =
  /\b(?:States|Emirates|Islands|Netherlands|Philippines|Bahamas|Maldives|Comoros|Nations|Americas|Republic|Kingdom|Union|Federation|Department|Ministry|Agency|Group|Army|Navy|Forces?|Commission|Council|Board|Authority|Association|Community|Alliance|Coalition|Front|Movement|Office|Court|Bank|Fund|Service|Command|Guard|Caribbean|Balkans|Caucasus|River|Sea|Ocean|Gulf|Desert|Valley|Mountains)$/;

/** Names' articles as the corpus writes them, falling back to the name's shape. */
export type ArticleUse = Map<string, boolean>;

export function takesThe(uses: ArticleUse, name: string): boolean {
  // "Biden administration": a name ending in a common noun takes the noun's article.
  return uses.get(name) ?? (shapeWithThe.test(name) || /\s\p{Ll}+$/u.test(name));
}

/** Tallies, per name, the mentions that head their phrase with and without "the". */
export function articleUse(mentions: { name: string; definite?: boolean }[]): ArticleUse {
  const tally = new Map<string, number>();
  for (const { name, definite } of mentions)
    if (definite !== undefined) tally.set(name, (tally.get(name) ?? 0) + (definite ? 1 : -1));
  return new Map([...tally].map(([name, score]) => [name, score > 0]));
}
