// Word tokens with their offsets, so every fact can point back at exact characters.

export type Token = { text: string; start: number; end: number };

// Dotted acronyms ("U.S."), numbers with separators ("1,100"), and words joined by apostrophes
// or hyphens ("Niger’s", "Western-backed") each stay one token.
const tokenPattern = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[’'.,&-][\p{L}\p{N}]+)*\+?/gu;

export function tokenize(text: string, offset = 0): Token[] {
  return [...text.matchAll(tokenPattern)].map((m) => ({
    text: m[0],
    start: offset + (m.index ?? 0),
    end: offset + (m.index ?? 0) + m[0].length,
  }));
}

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
