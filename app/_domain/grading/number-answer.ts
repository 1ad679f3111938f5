import { isSmallTypo } from "./edit-distance";
import { isNumericToken } from "./number-words";

// Hedges a student may put before a number without changing the value they mean.
const hedges = new Set([
  "about",
  "around",
  "approximately",
  "approx",
  "roughly",
  "some",
  "nearly",
  "almost",
  "circa",
  "ca",
  "and",
]);

// Words that change what a number claims: "not 1,100" and "more than 1,100" are other claims
// than "1,100", whatever else the answer says.
const qualifiers = new Set([
  "not",
  "never",
  "negative",
  "more",
  "less",
  "fewer",
  "greater",
  "over",
  "under",
  "above",
  "below",
  "least",
  "most",
  "than",
  "exceeding",
  "beyond",
  "plus",
]);

// Unit spellings folded to one form before comparing (singular, British spelling as in the corpus).
const unitAliases: Record<string, string> = {
  mi: "mile",
  km: "kilometre",
  kms: "kilometre",
  kilometer: "kilometre",
  kg: "kilogram",
  lb: "pound",
  lbs: "pound",
  ft: "foot",
  feet: "foot",
  yr: "year",
  yrs: "year",
  hr: "hour",
  hrs: "hour",
  min: "minute",
  mins: "minute",
  pct: "percent",
  meter: "metre",
  m: "metre",
};

const aliasOf = (word: string) =>
  Object.hasOwn(unitAliases, word) ? unitAliases[word] : undefined;

function unitForm(word: string): string {
  const alias = aliasOf(word);
  if (alias) return alias;
  const singular =
    word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
  return aliasOf(singular) ?? singular;
}

/**
 * A numeric answer is correct when it states exactly one number, equal to the expected value,
 * and every word it adds (a unit, a noun) is among the expected answer's words: "570" and
 * "570 mi" match "570 miles"; "570 km" does not. A word that qualifies the number ("not",
 * "more than") must be in the expected answer too. If the expected answer has no words, the
 * response's other words cannot be checked and are ignored.
 */
export function compareNumber(
  response: readonly string[],
  expected: readonly string[],
): "numeric" | "number-mismatch" | "unit-mismatch" | "qualifier-mismatch" | "not-a-number" {
  const gotNumbers = response.filter(isNumericToken);
  const wantNumbers = expected.filter(isNumericToken);
  if (gotNumbers.length === 0) return "not-a-number";
  if (gotNumbers.length !== 1 || wantNumbers.length !== 1 || gotNumbers[0] !== wantNumbers[0]) {
    return "number-mismatch";
  }
  if (response.some((token) => qualifiers.has(token) && !expected.includes(token))) {
    return "qualifier-mismatch";
  }
  const wantWords = expected.filter((token) => !isNumericToken(token)).map(unitForm);
  if (wantWords.length === 0) return "numeric";
  const gotWords = response
    .filter((token) => !isNumericToken(token) && !hedges.has(token))
    .map(unitForm);
  const known = gotWords.every((word) =>
    wantWords.some((want) => want === word || isSmallTypo(want, word)),
  );
  return known ? "numeric" : "unit-mismatch";
}
