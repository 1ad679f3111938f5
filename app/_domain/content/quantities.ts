import type { Fact, Sentence } from "./types";

// Numbers with their hedge ("approximately") and unit ("U.S. soldiers"). Numbers inside names
// ("Air Base 101") and dates are left to the entity and date rules.

const hedges =
  "approximately|about|around|roughly|nearly|almost|over|more than|less than|fewer than|under|" +
  "some|at least|up to|an estimated|just over|just under|as many as|totaling around|totalling|close to";

const numberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};

const scales: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

const quantity = new RegExp(
  `(?:\\b(${hedges})\\s+)?\\b(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${Object.keys(numberWords).join("|")})\\b` +
    `(?:\\s+(thousand|million|billion|trillion))?(\\s*(?:%|per cent|percent))?`,
  "gi",
);

// A unit is the short noun phrase after the number; it ends at a function word or a verb form.
const unitStop =
  /^(is|are|was|were|will|would|have|has|had|be|been|in|at|on|of|from|to|for|with|by|or|that|which|who|as|than|stationed|based|located|away|ago|old|long|north|south|east|west|northeast|northwest|southeast|southwest|across|over|under|since|after|before|including|per|each)$/i;

function unitAfter(text: string): string {
  const words: string[] = [];
  for (const w of text.trimStart().split(/\s+/).slice(0, 6)) {
    const word = /^(\p{L}\.)+$/u.test(w) ? w : w.replace(/[,.;:!?)”"]+$/, "");
    if (
      !word ||
      unitStop.test(word) ||
      /^\d/.test(word) ||
      (/(ed|ing)$/.test(word) && words.length > 0)
    )
      break;
    if (word === "and" && words.length === 0) break;
    words.push(word);
    if (word !== w) break;
    if (words.length >= 4) break;
  }
  while (words.length > 0 && /^(and|the|a)$/i.test(words[words.length - 1] ?? "")) words.pop();
  return words.join(" ");
}

function amountOf(number: string, scale: string | undefined): number {
  const base = numberWords[number.toLowerCase()] ?? Number(number.replace(/,/g, ""));
  return base * (scale ? (scales[scale.toLowerCase()] ?? 1) : 1);
}

export function extractQuantities(sentence: Sentence, taken: [number, number][]): Fact[] {
  const facts: Fact[] = [];
  for (const m of sentence.text.matchAll(quantity)) {
    const [whole, hedge, number = "", scale, percent] = m;
    const index = m.index ?? 0;
    const numberAt = sentence.start + index + whole.indexOf(number);
    if (taken.some(([s, e]) => numberAt < e && numberAt + number.length > s)) continue;
    const before = sentence.text.slice(0, index + whole.indexOf(number));
    if (/\p{Lu}[\p{L}]*\s$/u.test(before) && !hedge) continue;
    if (/^(19|20)\d{2}$/.test(number) && !percent) continue;
    if (/^one$/i.test(number)) continue; // "one of them", "one another": not a count.
    // "a 7-2 vote", "the 2019-20 season": a score or a range, not a count of anything.
    const end = index + whole.length;
    if (/^[-–]\d/.test(sentence.text.slice(end)) || /\d[-–]$/.test(before)) continue;
    const unit = percent ? "per cent" : unitAfter(sentence.text.slice(index + whole.length));
    if (!unit) continue;
    const start = sentence.start + index;
    const valueEnd = numberAt + whole.trimEnd().length - whole.indexOf(number);
    facts.push({
      kind: "quantity",
      text: whole,
      value: sentence.text.slice(numberAt - sentence.start, valueEnd - sentence.start),
      start,
      end: start + whole.length,
      sentenceId: sentence.id,
      valueStart: numberAt,
      valueEnd,
      amount: amountOf(number, scale),
      unit,
      ...(hedge ? { hedge: hedge.toLowerCase() } : {}),
    });
  }
  return facts;
}
