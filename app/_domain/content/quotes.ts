import type { Fact, Sentence } from "./types";

// Direct quotes with their speaker, and attributions ("according to …", "Politico reported").
// Quotes of three words or fewer are scare quotes ("illegal"), not statements by anyone.

const pronounStart = /^(He|She)\b/;

function speakerFor(sentence: Sentence, people: Fact[]): Fact | null {
  const inSentence = people.find((p) => p.sentenceId === sentence.id);
  if (inSentence) return inSentence;
  if (!pronounStart.test(sentence.text)) return null;
  const earlier = people.filter((p) => p.start < sentence.start);
  return earlier[earlier.length - 1] ?? null;
}

export function extractQuotes(body: string, sentences: Sentence[], entities: Fact[]): Fact[] {
  const people = entities.filter((f) => f.kind === "person");
  const facts: Fact[] = [];
  for (const m of body.matchAll(/“([^“”]+)”/g)) {
    const start = m.index ?? 0;
    const inner = m[1] ?? "";
    if (inner.split(/\s+/).length <= 3) continue;
    const index = sentences.findIndex((s) => s.start <= start && start < s.end);
    const sentence = sentences[index];
    if (!sentence) continue;
    const speaker = speakerFor(sentence, people);
    facts.push({
      kind: "quote",
      text: m[0],
      value: inner,
      start,
      end: start + m[0].length,
      sentenceId: sentence.id,
      valueStart: start + 1,
      valueEnd: start + 1 + inner.length,
      ...(speaker ? { speaker: speaker.fullName ?? speaker.value } : {}),
    });
  }
  return facts;
}

const attributionPatterns = [
  /\baccording to ((?:the |a |an )?[^,.;—]+)/gi,
  /\bas reported by ((?:the |a |an )?[^,.;—]+)/gi,
  /,\s*((?:the )?\p{Lu}[\p{L} ]*?) reported\b/gu,
  /\breports ((?:the )?\p{Lu}[\p{L} ]*)\.?$/gu,
];

export function extractAttributions(sentence: Sentence): Fact[] {
  const facts: Fact[] = [];
  for (const re of attributionPatterns) {
    for (const m of sentence.text.matchAll(re)) {
      const source = (m[1] ?? "").trim();
      const rel = (m.index ?? 0) + m[0].indexOf(source);
      const start = sentence.start + rel;
      facts.push({
        kind: "attribution",
        text: m[0].trim(),
        value: source,
        start: sentence.start + (m.index ?? 0),
        end: sentence.start + (m.index ?? 0) + m[0].trimEnd().length,
        sentenceId: sentence.id,
        valueStart: start,
        valueEnd: start + source.length,
      });
    }
  }
  return facts;
}
