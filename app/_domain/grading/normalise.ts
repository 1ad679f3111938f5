import { foldNumericDates, monthFirst } from "./dates";
import { foldNumberWords, foldSigns } from "./number-words";

const articles = new Set(["the", "a", "an"]);

/** Case, diacritics, typographic quotes and symbols folded; punctuation kept for now. */
export function foldText(raw: string): string {
  return (
    raw
      // Spaces, thin and no-break ones too, as thousands separators: "1 100" and "1 100 000"
      // are numbers; "110 0" is not grouped in thousands and stays two numbers.
      .replace(/\b\d{1,3}(?:[ \u202f\u00a0\u2009]\d{3})+\b/g, (match) =>
        match.replace(/[ \u202f\u00a0\u2009]/g, ""),
      )
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc`]/g, "'")
      // The typographic minus sign is a minus: "−3" = "-3".
      .replace(/\u2212/g, "-")
      .replace(/&/g, " and ")
      .replace(/%/g, " percent ")
      // Bounds in symbols are bounds in words: ">1,100" and "1,100+" are not 1,100.
      .replace(/[>\u2265]/g, " more than ")
      .replace(/[<\u2264]/g, " less than ")
      .replace(/(\d)\+/g, "$1 plus ")
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

/**
 * Splits into word and number tokens; dotted acronyms join ("U.S." → "us"). A dot that opens a
 * number is its decimal point (".5" = "0.5"), and a minus sign that opens one is its sign ("-3");
 * a hyphen after a word or a number only separates ("2023-24" is 2023 and 24).
 */
function tokenize(text: string): string[] {
  return text
    .replace(/\b(?:[a-z]\.){2,}/g, (match) => match.replace(/\./g, ""))
    .replace(/'s\b/g, "")
    .replace(/'/g, "")
    .replace(/([a-z])(\d)|(\d)([a-z])/g, "$1$3 $2$4")
    .replace(/[^a-z0-9.-]+/g, " ")
    .replace(/(?<![a-z0-9.])\.(?=\d)/g, "0.")
    .replace(/-(?!\d)|(?<=[a-z0-9.-])-/g, " ")
    .replace(/(^|[^\d])\.|\.(?!\d)/g, "$1 ")
    .split(" ")
    .filter((token) => token.length > 0);
}

/**
 * Canonical tokens of an answer: folded text, numbers as values, dates month first with month
 * names in full, leading articles dropped ("The Niger Republic" = "Niger Republic").
 */
export function canonicalTokens(raw: string): string[] {
  const text = foldNumberPunctuation(foldNumericDates(foldText(raw)));
  const tokens = monthFirst(foldSigns(foldNumberWords(tokenize(text))));
  let start = 0;
  while (start < tokens.length - 1 && articles.has(tokens[start]!)) start++;
  return tokens.slice(start);
}
