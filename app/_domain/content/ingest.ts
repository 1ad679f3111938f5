import { parseDateLine } from "./dates";
import { splitFrontMatter } from "./front-matter";
import { endsLikeSentence, furnitureReason, isTailMarker, teaserSuffix } from "./furniture";
import { lexiconTags } from "./lookup";
import { markdownLines, plainLines, type SourceLine } from "./markdown";
import { normaliseText, wordCount } from "./text";
import type { Article, SourceFile } from "./types";

/**
 * Article ids are slugs of the file name without its extension ("000_97ffb39a.txt" becomes
 * "000-97ffb39a"): stable across runs and edits, readable in URLs, unique within a folder.
 */
export function articleIdFromFile(file: string): string {
  const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.(txt|md|markdown)$/i, "");
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "article";
}

function cleanRaw(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/\t/g, " ");
}

const bylinePattern =
  /^(?:by|written by|words by|story by|reporting by|reporting contributed by|author)\s*:?\s+([A-Z][\p{L}.'’& -]+?)(?:\s*[|,;•·]\s*(.*))?$/iu;

// Lower-case words a name may hold ("Ursula von der Leyen", "Ahmed bin Ali").
const nameParticle = /^(de|da|di|del|della|der|den|van|von|la|le|al|el|bin|ibn|ben|y|dos|das|du)$/;
const timeWord =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|then|now|noon|midnight|dawn|nightfall|contrast|comparison|law|far|design|default|chance|hand|night|day|morning|evening)$/i;

/**
 * "By Jane Doe | Reuters" names the writer; "By Thursday morning, the fire had burned 4,800
 * hectares." and "By contrast, …" open the article's own sentences: a byline's name is written
 * in capitals (but for particles), names no time, and the line is no long sentence.
 */
function bylineOf(text: string): { name: string; tail: string } | null {
  const byline = bylinePattern.exec(text);
  // "By Jane Doe in Niamey": where the writer filed from is not part of the name.
  const name = (byline?.[1] ?? "").trim().replace(/\s+in\s+\p{Lu}[\p{L}.' -]*$/u, "");
  if (!byline || wordCount(name) > 8) return null;
  const words = name.split(/\s+/);
  const nameWord = (w: string) => /^\p{Lu}/u.test(w) || nameParticle.test(w) || /^(and|&)$/.test(w);
  if (!words.every(nameWord)) return null;
  if (words.some((w) => timeWord.test(w.replace(/[.,]$/, "")))) return null;
  if (endsLikeSentence(text) && wordCount(text) > 6) return null;
  return { name, tail: byline[2] ?? "" };
}

type State = {
  title: string | null;
  byline: string | null;
  published: string | null;
  site: string | null;
  lines: { text: string; join: boolean }[];
};

function isTitleCandidate(line: SourceLine): boolean {
  const text = line.text.trim();
  if (line.heading === 1) return true;
  return wordCount(text) <= 25 && (!endsLikeSentence(text) || /[?!]["”’]?$/.test(text));
}

/** Handles one non-blank line; returns false once the rest of the page is other stories. */
type Neighbours = { previousOpen: boolean; next: string };

const bylineRole =
  /^(staff (reporter|writer)|(senior |chief |political |foreign )?(correspondent|reporter|editor))$/i;

function takeLine(state: State, line: SourceLine, { previousOpen, next }: Neighbours): boolean {
  const text = line.text.trim().replace(/\s+/g, " ");
  if (isTailMarker(text)) return false;
  const date = parseDateLine(text);
  if (date) {
    if (date.role === "published") state.published ??= date.iso;
    return true;
  }
  const byline = bylineOf(text);
  if (byline) {
    state.byline ??= byline.name;
    const tail = parseDateLine(byline.tail);
    if (tail?.role === "published") state.published ??= tail.iso;
    return true;
  }
  if (furnitureReason(line.text) || bylineRole.test(text)) return true;
  if (bylineRole.test(next.trim()) && wordCount(text) <= 4) {
    state.byline ??= text;
    return true;
  }
  if (state.title === null && isTitleCandidate(line)) {
    state.title = text;
    return true;
  }
  if (state.title !== null && normaliseText(text) === normaliseText(state.title)) return true;
  const teaser = teaserSuffix.exec(text);
  if (teaser) state.site ??= (teaser[1] ?? "").trim();
  const clean = teaser ? text.slice(0, teaser.index) : text.replace(/^•\s+/, "");
  // Short unpunctuated lines are subheadings; they label the prose but are not statements.
  // A short unpunctuated line standing alone is a subheading; inside a block it is wrapped text.
  const alone = !next.trim() || endsLikeSentence(clean);
  if (!endsLikeSentence(clean) && wordCount(clean) < 15 && !previousOpen && alone) return true;
  state.lines.push({ text: clean, join: previousOpen && !line.bullet });
  return true;
}

function paragraphsOf(lines: State["lines"]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.join && out.length > 0) out[out.length - 1] += ` ${line.text}`;
    else out.push(line.text);
  }
  return out;
}

/** Drops teasers and repeats: a paragraph that is the start of another one adds nothing. */
function dedupe(paragraphs: string[]): string[] {
  const norms = paragraphs.map((p) => normaliseText(p).replace(/[.…\s]+$/, ""));
  return paragraphs.filter((_, i) => {
    const mine = norms[i] ?? "";
    return !norms.some((other, j) => {
      if (j === i) return false;
      if (other !== mine) return other.startsWith(mine) && mine.length >= 40;
      // Equal after normalising: keep the complete (longer) copy, else the first one.
      const [a, b] = [paragraphs[j]?.length ?? 0, paragraphs[i]?.length ?? 0];
      return a > b || (a === b && j < i);
    });
  });
}

/**
 * A wire story's dateline ("LONDON (Reuters) -", "ABUJA, Nigeria (AP) —") opens its first
 * paragraph; left in, it becomes part of the first sentence's questions ("How many new stores
 * did LONDON – Costa Coffee open?").
 */
const dateline =
  /^(\p{Lu}[\p{Lu}.'’ -]*\p{Lu})\.?(,\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?(\s*\([^)]{1,30}\))?\s+[-–—]{1,2}\s+(?=\p{Lu})/u;

/**
 * A dateline names where the story was filed: with its agency ("(Reuters)") or its country
 * (", Nigeria") it is one; bare, only when the capitals are a city ("TORONTO —"). "EU - UK talks
 * ended …" and "NATO — Europe's largest alliance — …" open the article's own sentence.
 */
function datelineOf(paragraph: string): string | null {
  const m = dateline.exec(paragraph);
  if (!m) return null;
  if (m[2] || m[3]) return m[0];
  const place = m[1] ?? "";
  const tags = lexiconTags(place.charAt(0) + place.slice(1).toLowerCase());
  return place.length >= 4 && tags.city && !tags.org && !tags.country ? m[0] : null;
}

function withoutDateline(paragraphs: string[]): string[] {
  const [first, ...rest] = paragraphs;
  if (first === undefined) return paragraphs;
  const found = datelineOf(first);
  const stripped = found ? first.slice(found.length) : first;
  return stripped ? [stripped, ...rest] : rest;
}

export function ingestArticle(source: SourceFile): Article {
  const { meta, rest } = splitFrontMatter(cleanRaw(source.text), source.file);
  const isMarkdown = /\.(md|markdown)$/i.test(source.file);
  const lines = isMarkdown ? markdownLines(rest) : plainLines(rest);
  const state: State = {
    title: meta.title ?? null,
    byline: meta.byline ?? meta.author ?? null,
    published: meta.published ?? meta.date ?? null,
    site: meta.site ?? meta.source ?? null,
    lines: [],
  };
  let open = false;
  for (const [i, line] of lines.entries()) {
    if (!line.text.trim()) {
      open = false;
      continue;
    }
    const before = state.lines.length;
    if (!takeLine(state, line, { previousOpen: open, next: lines[i + 1]?.text ?? "" })) break;
    const last = state.lines[state.lines.length - 1];
    // Hard-wrapped text continues a paragraph until a line ends like a sentence.
    open =
      state.lines.length > before &&
      last !== undefined &&
      (isMarkdown || !endsLikeSentence(last.text));
  }
  const paragraphs = withoutDateline(dedupe(paragraphsOf(state.lines)).filter((p) => p.length > 0));
  return {
    id: articleIdFromFile(source.file),
    file: source.file.split(/[\\/]/).pop() ?? source.file,
    title: state.title ?? paragraphs[0]?.slice(0, 80) ?? articleIdFromFile(source.file),
    byline: state.byline,
    published: state.published,
    site: state.site,
    paragraphs,
    body: paragraphs.join("\n\n"),
  };
}
