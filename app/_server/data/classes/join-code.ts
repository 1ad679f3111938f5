import "server-only";
import { randomInt } from "node:crypto";

// Eight characters without the look-alikes 0/O, 1/I/L and 5/S, so a code read aloud or copied
// from a board is typed right: 29^8 ≈ 5·10^11 codes, far beyond guessing at throttled rates.
export const JOIN_CODE_ALPHABET = "2346789ABCDEFGHJKMNPQRTUVWXYZ";
export const JOIN_CODE_LENGTH = 8;

export function newJoinCode(): string {
  return Array.from(
    { length: JOIN_CODE_LENGTH },
    () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)],
  ).join("");
}

// Students type codes in any case, with spaces or dashes ("abcd-efgh").
export function normaliseJoinCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, "");
}
