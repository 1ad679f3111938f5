import { monthNumber, monthPattern } from "./dates";
import type { Fact, Sentence } from "./types";

// Dates stated in running text. A year is kept only when the text states it; "March 17" stays
// a partial date rather than borrowing a year from the page.

const patterns: [RegExp, (m: RegExpExecArray) => string | undefined][] = [
  [
    new RegExp(`\\b(${monthPattern})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "g"),
    (m) => `${m[3]}-${pad(monthNumber(m[1] ?? "") ?? 0)}-${pad(Number(m[2]))}`,
  ],
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${monthPattern})\\s+(\\d{4})\\b`, "g"),
    (m) => `${m[3]}-${pad(monthNumber(m[2] ?? "") ?? 0)}-${pad(Number(m[1]))}`,
  ],
  [
    new RegExp(`\\b(${monthPattern})\\s+(\\d{4})\\b`, "g"),
    (m) => `${m[2]}-${pad(monthNumber(m[1] ?? "") ?? 0)}`,
  ],
  [
    new RegExp(`\\b(${monthPattern})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d)`, "g"),
    () => undefined,
  ],
  [/\b(?:in|since|until|by|from|to|of|a|the)\s+((?:19|20)\d{2})\b(?![,\d])/g, (m) => m[1]],
  [/\b((?:19|20)\d{2})(?=\s+[a-z])(?!\s+(?:troops|soldiers|people|personnel))/g, (m) => m[1]],
  [
    /(?<=\b(?:[Ii]n|[Ss]ince|[Oo]n)\s)(January|February|March|April|June|July|August|September|October|November|December)\b(?!\s+\d)/g,
    () => undefined,
  ],
];

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function extractDates(sentence: Sentence): Fact[] {
  const facts: Fact[] = [];
  const taken: [number, number][] = [];
  for (const [re, toIso] of patterns) {
    for (const m of sentence.text.matchAll(re)) {
      const match = m as RegExpExecArray;
      // The year patterns capture the year alone; other patterns take the whole match.
      const text = /^\d{4}$/.test(match[1] ?? "") ? (match[1] ?? "") : match[0];
      const rel = match.index + match[0].indexOf(text);
      if (taken.some(([s, e]) => rel < e && rel + text.length > s)) continue;
      taken.push([rel, rel + text.length]);
      const start = sentence.start + rel;
      const iso = toIso(match);
      facts.push({
        kind: "date",
        text,
        value: text,
        start,
        end: start + text.length,
        sentenceId: sentence.id,
        valueStart: start,
        valueEnd: start + text.length,
        ...(iso ? { iso } : {}),
      });
    }
  }
  return facts.sort((a, b) => a.start - b.start);
}
