import { foldNumberWords } from "./number-words";

const monthAbbreviations: Record<string, string> = {
  jan: "january",
  feb: "february",
  mar: "march",
  apr: "april",
  jun: "june",
  jul: "july",
  aug: "august",
  sep: "september",
  sept: "september",
  oct: "october",
  nov: "november",
  dec: "december",
};

const articles = new Set(["the", "a", "an"]);

/** Case, diacritics, typographic quotes and symbols folded; punctuation kept for now. */
export function foldText(raw: string): string {
  return (
    raw
      // Thin and no-break spaces used as thousands separators: "1 100" → "1100".
      .replace(/(\d)[\u202f\u00a0\u2009](?=\d{3}\b)/g, "$1")
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`]/g, "'")
      .replace(/&/g, " and ")
      .replace(/%/g, " percent ")
      .replace(/\bper\s+cent\b/g, "percent")
  );
}

/** Number punctuation made canonical: "1,100" → "1100", "101st" → "101", "1.1k" → "1.1 thousand". */
function foldNumberPunctuation(text: string): string {
  return text
    .replace(/\d{1,3}(?:,\d{3})+(?=\D|$)/g, (match) => match.replace(/,/g, ""))
    .replace(/(\d)(?:st|nd|rd|th)\b/g, "$1")
    .replace(/(\d)\s?k\b/g, "$1 thousand")
    .replace(/(\d)\s?(?:mn|mln)\b/g, "$1 million")
    .replace(/(\d)\s?bn\b/g, "$1 billion");
}

/** Splits into word and number tokens; dotted acronyms join ("U.S." → "us"). */
function tokenize(text: string): string[] {
  return text
    .replace(/\b(?:[a-z]\.){2,}/g, (match) => match.replace(/\./g, ""))
    .replace(/'s\b/g, "")
    .replace(/'/g, "")
    .replace(/([a-z])(\d)|(\d)([a-z])/g, "$1$3 $2$4")
    .replace(/[^a-z0-9.]+/g, " ")
    .replace(/(^|[^\d])\.|\.(?!\d)/g, "$1 ")
    .split(" ")
    .filter((token) => token.length > 0);
}

/**
 * Canonical tokens of an answer: folded text, numbers as values, month abbreviations expanded,
 * leading articles dropped ("The Niger Republic" = "Niger Republic").
 */
export function canonicalTokens(raw: string): string[] {
  const tokens = foldNumberWords(tokenize(foldNumberPunctuation(foldText(raw)))).map(
    (token) => monthAbbreviations[token] ?? token,
  );
  let start = 0;
  while (start < tokens.length - 1 && articles.has(tokens[start]!)) start++;
  return tokens.slice(start);
}
