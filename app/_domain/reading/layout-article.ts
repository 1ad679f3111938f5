// Lays an article body out for the reader: paragraphs (split on blank lines) made of plain text
// runs and addressable sentences, keeping every character of the body exactly once.

export type ReadingSentence = { id: string; start: number; end: number };
export type ReadingPart =
  { kind: "text"; text: string } | { kind: "sentence"; id: string; text: string };
export type ReadingParagraph = { start: number; parts: ReadingPart[] };

function paragraphRanges(body: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const breaks = /\n\s*\n/g;
  let start = 0;
  for (let match = breaks.exec(body); match; match = breaks.exec(body)) {
    ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  ranges.push({ start, end: body.length });
  return ranges.filter((range) => body.slice(range.start, range.end).trim().length > 0);
}

function partsOf(
  body: string,
  range: { start: number; end: number },
  sentences: ReadingSentence[],
): ReadingPart[] {
  const parts: ReadingPart[] = [];
  let cursor = range.start;
  for (const sentence of sentences) {
    if (sentence.start < cursor || sentence.end > range.end) continue;
    if (sentence.start > cursor)
      parts.push({ kind: "text", text: body.slice(cursor, sentence.start) });
    parts.push({
      kind: "sentence",
      id: sentence.id,
      text: body.slice(sentence.start, sentence.end),
    });
    cursor = sentence.end;
  }
  if (cursor < range.end) parts.push({ kind: "text", text: body.slice(cursor, range.end) });
  return parts;
}

export function layoutArticle(body: string, sentences: ReadingSentence[]): ReadingParagraph[] {
  const ordered = [...sentences].sort((a, b) => a.start - b.start);
  return paragraphRanges(body).map((range) => ({
    start: range.start,
    parts: partsOf(
      body,
      range,
      ordered.filter((s) => s.start >= range.start && s.end <= range.end),
    ),
  }));
}
