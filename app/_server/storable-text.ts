import { z } from "zod";

// PostgreSQL text cannot hold U+0000: a string with one fails the whole statement it travels in
// (and, for answers, every answer sharing that statement would be retried alone). Refusing it at
// the boundary gives the sender a clear 400 instead of an internal error.
// `what` names the field in the message ("The description contains …"): a form with two text
// fields would otherwise not say which one to fix.
export function storableText(schema: z.ZodString, what = "The text") {
  return schema.refine(
    (text) => !text.includes("\u0000"),
    `${what} contains a character that cannot be stored (U+0000).`,
  );
}
