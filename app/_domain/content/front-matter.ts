import { z } from "zod";
import { parseFullDate } from "./dates";

// Markdown articles may start with YAML-style front matter. We accept the flat `key: value`
// subset (what authors actually write) and validate it with zod so a typo fails loudly.

const isoDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const iso = typeof value === "string" ? parseFullDate(value) : value.toISOString().slice(0, 10);
  if (!iso) ctx.addIssue({ code: "custom", message: `not a date: ${String(value)}` });
  return iso ?? "";
});

export const frontMatterSchema = z
  .object({
    title: z.string().min(1).optional(),
    author: z.string().min(1).optional(),
    byline: z.string().min(1).optional(),
    date: isoDate.optional(),
    published: isoDate.optional(),
    site: z.string().min(1).optional(),
    source: z.string().min(1).optional(),
    url: z.string().optional(),
    tags: z.string().optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export class FrontMatterError extends Error {
  override name = "FrontMatterError";
}

function unquote(value: string): string {
  const v = value.trim();
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

/** Splits `---` front matter from the text; returns the validated fields and the remainder. */
export function splitFrontMatter(text: string, file: string): { meta: FrontMatter; rest: string } {
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { meta: {}, rest: text };
  const raw: Record<string, string> = {};
  for (const line of (match[1] ?? "").split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) throw new FrontMatterError(`${file}: front matter line is not "key: value": ${line}`);
    raw[(kv[1] ?? "").toLowerCase()] = unquote(kv[2] ?? "");
  }
  const parsed = frontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new FrontMatterError(`${file}: invalid front matter (${issues.join("; ")})`);
  }
  return { meta: parsed.data, rest: text.slice(match[0].length) };
}
