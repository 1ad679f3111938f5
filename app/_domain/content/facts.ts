import { extractEntities } from "./entities";
import { extractAttributions, extractQuotes } from "./quotes";
import { extractQuantities } from "./quantities";
import { extractDates } from "./text-dates";
import type { Fact, Sentence } from "./types";

const kindOrder = ["person", "organisation", "place", "date", "quantity", "quote", "attribution"];

/** Every fact of an article, each with its span in the body and its sentence id. */
export function extractFacts(body: string, sentences: Sentence[]): Fact[] {
  const entities = extractEntities(body, sentences);
  const perSentence = sentences.flatMap((sentence) => {
    const dates = extractDates(sentence);
    const taken: [number, number][] = [...dates, ...entities]
      .filter((f) => f.sentenceId === sentence.id)
      .map((f) => [f.start, f.end]);
    return [...dates, ...extractQuantities(sentence, taken), ...extractAttributions(sentence)];
  });
  const quotes = extractQuotes(body, sentences, entities);
  return [...entities, ...perSentence, ...quotes].sort(
    (a, b) =>
      a.start - b.start || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.end - b.end,
  );
}
