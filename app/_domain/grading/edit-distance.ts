/**
 * Damerau–Levenshtein distance in its "optimal string alignment" form: insertions, deletions,
 * substitutions and transpositions of adjacent letters each cost 1 (Damerau 1964 found these
 * four cover about 80% of human misspellings). Stops early once the distance exceeds `limit`.
 */
export function damerauLevenshtein(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previousPrevious[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Typos forgiven in one word of the expected answer: none under 5 letters (short words that
 * differ by one letter are too often different words: "Mali"/"Male", "Chad"/"Chat"), 1 from 5
 * letters, 2 from 9. Two edits are only forgiven when the lengths differ by at most one, so a dropped
 * syllable ("Austria" for "Australia") is not a typo.
 */
export function typoAllowance(expected: string, response: string): number {
  if (/\d/.test(expected) || /\d/.test(response)) return 0;
  if (expected.length >= 9) return Math.abs(expected.length - response.length) <= 1 ? 2 : 1;
  return expected.length >= 5 ? 1 : 0;
}

export function isSmallTypo(expected: string, response: string): boolean {
  const allowance = typoAllowance(expected, response);
  return allowance > 0 && damerauLevenshtein(expected, response, allowance) <= allowance;
}
