import {
  commonStarters,
  connectors,
  facilityWords,
  orgWords,
  regionWords,
  titleWords,
} from "./lexicon";
import { monthWords } from "./dates";
import { looksLikePerson, placeKindOf } from "./lookup";
import { isCapitalised, tokenize, type Token } from "./tokens";
import type { Sentence } from "./types";

// Candidate names: runs of capitalised words in one sentence ("Air Base 101", "Economic
// Community of West African States"). Classification happens elsewhere; this only finds spans.

/** Lower-case particles that can open a name: "al Qaeda", "el Sisi", "bin Salman". */
const namePrefixes = new Set(["al", "el", "bin", "ibn"]);

export type Chunk = {
  tokens: Token[];
  words: string[];
  start: number;
  end: number;
  possessive: boolean;
};

const possessive = /['’]s$|s['’]$/;

function bare(word: string): string {
  const noPossessive = word.replace(/['’]s$/, "");
  return /^(\p{L}\.)+$/u.test(noPossessive) ? noPossessive : noPossessive.replace(/\.$/, "");
}

function makeChunk(tokens: Token[]): Chunk | null {
  while (tokens.length > 0 && connectors.has(tokens[tokens.length - 1]?.text ?? "")) tokens.pop();
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return null;
  const hasPossessive = possessive.test(last.text);
  const trim = hasPossessive ? last.text.length - bare(last.text).length : 0;
  const words = tokens.map((t, i) => (i === tokens.length - 1 ? bare(t.text) : t.text));
  const start = first.start;
  const end = last.end - trim;
  return { tokens, words, start, end, possessive: hasPossessive };
}

/**
 * "Burkina Faso and Mali" is two names; "Air and Space Forces Association" is one, and so is
 * "Ministry of Infrastructure and Water Management": in an organisation's name, a part after
 * "and" that could not name anything alone ("Water Management") still belongs to the name.
 */
function splitOnAnd(tokens: Token[]): Token[][] {
  const and = tokens.findIndex((t) => t.text === "and");
  const head = tokens.slice(0, Math.max(and, 0)).map((t) => bare(t.text));
  const isOrg = tokens.some((t) => orgWords.has(bare(t.text)));
  if (isOrg && !head.some((w) => orgWords.has(w) || regionWords.has(w))) return [tokens];
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    const part = parts[parts.length - 1] ?? [];
    if (t.text !== "and") part.push(t);
    else if (isOrg && !standsAlone(tokens.slice(tokens.indexOf(t) + 1))) part.push(t);
    else parts.push([]);
  }
  return parts.filter((p) => p.length > 0);
}

/** The words up to the next "and" name something by themselves: an organisation, a place. */
function standsAlone(tokens: Token[]): boolean {
  const end = tokens.findIndex((t) => t.text === "and");
  const words = (end < 0 ? tokens : tokens.slice(0, end)).map((t) => bare(t.text));
  return (
    words.some((w) => orgWords.has(w) || regionWords.has(w) || facilityWords.has(w)) ||
    placeKindOf(words) !== null ||
    looksLikePerson(words)
  );
}

function continues(sentence: Sentence, prev: Token, token: Token): boolean {
  const gap = sentence.text.slice(prev.end - sentence.start, token.start - sentence.start);
  // "Dr. S. K. Barua": a title or an initial may be followed by its full stop.
  return (
    gap === " " || (gap === ". " && (titleWords.has(prev.text) || /^\p{Lu}$/u.test(prev.text)))
  );
}

/** A leading sentence word such as "The" or "However" is capitalised by position only. */
function dropStarter(tokens: Token[], sentence: Sentence, lowerWords: Set<string>): Token[] {
  const first = tokens[0];
  if (!first || !/^["“‘(]*$/.test(sentence.text.slice(0, first.start - sentence.start)))
    return tokens;
  const word = bare(first.text);
  if (titleWords.has(word) || facilityWords.has(word)) return tokens;
  const common = commonStarters.has(word) || lowerWords.has(word.toLowerCase());
  return common ? tokens.slice(1) : tokens;
}

export function chunksOf(sentence: Sentence, lowerWords: Set<string>): Chunk[] {
  const tokens = tokenize(sentence.text, sentence.start);
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  tokens.forEach((token, i) => {
    const prev = run[run.length - 1];
    if (prev && !continues(sentence, prev, token)) close();
    const last = run[run.length - 1];
    const next = tokens[i + 1];
    const designator =
      /^\d+$/.test(token.text) && last !== undefined && facilityWords.has(last.text);
    const joiner =
      !!next &&
      isCapitalised(next.text) &&
      ((connectors.has(token.text) && last !== undefined) ||
        (namePrefixes.has(token.text) && last === undefined) ||
        (token.text === "in" && !!last && orgWords.has(last.text) && regionWords.has(next.text)));
    const month = monthWords.includes(token.text) || /-\p{Ll}/u.test(token.text);
    if ((isCapitalised(token.text) && !month) || designator || joiner) {
      run.push(token);
      if (possessive.test(token.text)) close();
    } else close();
  });
  close();
  return runs
    .flatMap((r) => splitOnAnd(r))
    .map((r) => dropStarter(r, sentence, lowerWords))
    .map((r) => makeChunk(r))
    .filter((c): c is Chunk => c !== null);
}
