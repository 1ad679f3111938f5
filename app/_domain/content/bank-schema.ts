import { z } from "zod";

// The bank file, version 1 (documented in README.md under "Question bank format"). Offsets are
// UTF-16 indices into `articles[].body`, the cleaned text the reader page shows.

const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
const factKind = z.enum([
  "person",
  "place",
  "organisation",
  "quantity",
  "date",
  "quote",
  "attribution",
  "sentence",
]);

export const questionTypes = [
  "cloze",
  "multiple_choice",
  "true_false",
  "short_answer",
  "numeric",
] as const;

export const bankSentenceSchema = span.extend({ id: z.string().min(1), text: z.string().min(1) });

export const bankArticleSchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string().min(1),
  byline: z.string().nullable(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  site: z.string().nullable(),
  body: z.string(),
  sentences: z.array(bankSentenceSchema),
});

export const bankQuestionSchema = z.object({
  id: z.string().min(1),
  type: z.enum(questionTypes),
  prompt: z.string().min(1),
  answer: z.string().min(1),
  accepted: z.array(z.string()),
  choices: z.array(z.string()).optional(),
  articleId: z.string().min(1),
  sentenceId: z.string().min(1),
  /** Questions cut from the same sentence share it; the scheduler keeps them apart. */
  siblingKey: z.string().min(1),
  factKind,
  source: span.extend({ quote: z.string().min(1) }),
  /** Where the answer sits inside the body (absent for whole-sentence true/false). */
  answerSpan: span.optional(),
  difficulty: z.number().min(0).max(1),
  attribution: z.string().optional(),
  /** For a false true/false statement: which fact was swapped for what. */
  alteration: z
    .object({ kind: factKind, original: z.string(), replacement: z.string() })
    .optional(),
  numeric: z.object({ value: z.number(), unit: z.string().nullable() }).optional(),
});

export const bankConflictSchema = z.object({
  id: z.string().min(1),
  topic: z.string().min(1),
  kind: z.enum(["quantity", "name"]),
  claims: z
    .array(
      z.object({
        articleId: z.string(),
        sentenceId: z.string(),
        value: z.string(),
        quote: z.string(),
      }),
    )
    .min(2),
});

export const bankSchema = z.object({
  version: z.literal(1),
  articles: z.array(bankArticleSchema),
  questions: z.array(bankQuestionSchema),
  conflicts: z.array(bankConflictSchema),
});

export type Bank = z.infer<typeof bankSchema>;
export type BankQuestion = z.infer<typeof bankQuestionSchema>;

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** Pretty JSON with keys sorted at every level, so equal banks are equal bytes. */
export function serializeBank(bank: Bank): string {
  return `${JSON.stringify(sortKeys(bank), null, 2)}\n`;
}

export function parseBank(json: string): Bank {
  return bankSchema.parse(JSON.parse(json));
}
