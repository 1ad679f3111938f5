import { stableId } from "./hash";
import { normaliseText } from "./text";
import type { Sentence } from "./types";

// Rule-based segmentation: a full stop ends a sentence unless the word before it is a known
// abbreviation or an initial. Dotted acronyms ("U.S.") end a sentence only when the next word
// is one that usually starts sentences, because "the U.S. Air Force" is far more common in news
// than a sentence ending in "U.S.".

const abbreviations = new Set(
  (
    "mr mrs ms mx dr prof gen lt col sgt capt cmdr adm maj brig rep reps sen gov pres supt det insp " +
    "st jr sr inc corp co ltd bros no nos vs approx dept est fig vol op rev hon mt ft av ave blvd " +
    "jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);

const sentenceStarters = new Set(
  (
    "the a an it he she they we i you this that these those in on at but and however meanwhile " +
    "its his her their there after before following according as when while officials some many " +
    "most if so yet still also moreover then"
  ).split(" "),
);

const candidate = /[.!?…]+["”’')\]]*(?=\s)/g;

function previousToken(text: string, end: number): string {
  const start = Math.max(text.lastIndexOf(" ", end - 1), text.lastIndexOf("\n", end - 1)) + 1;
  return text.slice(start, end).replace(/^["“‘(]+/, "");
}

function nextWord(text: string, from: number): string {
  return /^\s*["“‘(]?([\p{L}\p{N}]+)/u.exec(text.slice(from))?.[1] ?? "";
}

function isBoundary(text: string, match: RegExpExecArray): boolean {
  const end = match.index + match[0].length;
  const next = text.slice(end).trimStart().charAt(0);
  if (!/[\p{Lu}\p{N}"“‘(\[]/u.test(next)) return false;
  if (!match[0].startsWith(".") || match[0].startsWith("..")) return true;
  const token = previousToken(text, match.index);
  if (abbreviations.has(token.toLowerCase())) return false;
  if (/^\p{Lu}$/u.test(token)) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(token)) {
    return sentenceStarters.has(nextWord(text, end).toLowerCase());
  }
  return true;
}

/** Splits one paragraph into [start, end) ranges of trimmed sentences. */
export function splitParagraph(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(candidate)) {
    if (!isBoundary(text, match as RegExpExecArray)) continue;
    const end = (match.index ?? 0) + match[0].length;
    ranges.push([start, end]);
    start = end;
  }
  ranges.push([start, text.length]);
  return ranges
    .map(([s, e]): [number, number] => {
      const lead = text.slice(s, e).length - text.slice(s, e).trimStart().length;
      const trail = text.slice(s, e).length - text.slice(s, e).trimEnd().length;
      return [s + lead, e - trail];
    })
    .filter(([s, e]) => e > s);
}

/**
 * Sentences of a cleaned body (paragraphs separated by blank lines). Ids hash the article id
 * with the normalised text, so editing one sentence leaves every other id unchanged; a repeated
 * sentence gets an occurrence suffix to stay unique.
 */
export function segmentSentences(articleId: string, body: string): Sentence[] {
  const sentences: Sentence[] = [];
  const seen = new Map<string, number>();
  let offset = 0;
  for (const paragraph of body.split("\n\n")) {
    for (const [s, e] of splitParagraph(paragraph)) {
      const text = paragraph.slice(s, e);
      const key = normaliseText(text);
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      const id = stableId(articleId, key, count > 1 ? String(count) : "");
      sentences.push({ id, text, start: offset + s, end: offset + e });
    }
    offset += paragraph.length + 2;
  }
  return sentences;
}
