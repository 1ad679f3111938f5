import { z } from "zod";

// PostgreSQL text cannot hold U+0000: a string with one fails the whole statement it travels in
// (and, for answers, every answer sharing that statement would be retried alone). Refusing it at
// the boundary gives the sender a clear 400 instead of an internal error.
export function storableText(schema: z.ZodString) {
  return schema.refine(
    (text) => !text.includes("\u0000"),
    "The text contains a character that cannot be stored (U+0000).",
  );
}
