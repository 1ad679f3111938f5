// Small text helpers shared by every stage.

/** Normalised form used for ids and comparisons: typographic quotes folded, case folded. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Counts whole-word occurrences (case-sensitive) so "Niger" does not match "Nigerien". */
export function countWhole(haystack: string, needle: string): number {
  if (!needle || !haystack.includes(needle)) return 0;
  return haystack.match(wholeWord(needle))?.length ?? 0;
}

/** Where `needle` first stands as a whole word in `haystack`, or -1. */
export function firstWholeIndex(haystack: string, needle: string): number {
  if (!needle || !haystack.includes(needle)) return -1;
  const re = wholeWord(needle);
  re.lastIndex = 0;
  const index = re.exec(haystack)?.index ?? -1;
  re.lastIndex = 0;
  return index;
}

// Compiling a pattern per call was the hottest line of a build; needles repeat (names, values).
const patterns = new Map<string, RegExp>();

function wholeWord(needle: string): RegExp {
  let re = patterns.get(needle);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, "gu");
    patterns.set(needle, re);
  }
  return re;
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function stripPossessive(text: string): string {
  return text.replace(/['’]s$/, "").replace(/s['’]$/, "s");
}
