import { furnitureReason } from "./furniture";
import { demonyms } from "./lexicon";
import { countWhole, normaliseText, wordCount } from "./text";
import type { Article, Question, Sentence } from "./types";

// The gate every candidate passes before it reaches a student. Each rule returns the reason it
// dropped a candidate, so `bank build --explain` can show why and the rules can be tuned.

const pronounStart = /^["“]?(He|She|It|This|That|These|Those|They|Its|His|Her|Their|Such)\b/;

export function sentenceProblem(sentence: Sentence): string | null {
  if (wordCount(sentence.text) < 8) return "sentence too short (fewer than 8 words)";
  const pronoun = pronounStart.exec(sentence.text)?.[1];
  if (pronoun) return `sentence starts with unresolved "${pronoun}"`;
  const furniture = furnitureReason(sentence.text);
  if (furniture) return `sentence looks like page furniture (${furniture})`;
  if (!/[.!?…]["”’)]?$/.test(sentence.text)) return "not a complete sentence";
  return null;
}

export type Draft = Omit<Question, "id">;

// Prompts quote a sentence with its own quotation marks made single (quoting.ts).
const withoutQuotes = (text: string) => normaliseText(text.replace(/[“”‘’"]/g, ""));

// A question whose subject is a description ("With which country did the West African country
// sign …?") points back to a name in an earlier sentence: out of its article the student cannot
// tell which country is meant. anaphora.ts puts the name in where the sentence before gives
// exactly one; this is the fallback for what it does not see (a description it has no noun for,
// such as "the ruling junta", or one that is not the sentence's opening subject), checked on the
// question as it will be asked. Cloze prompts show the whole sentence, so only rewritten ones count.
const describedSubject =
  /\b(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\s+(the\s+(?:[\p{L}-]+\s+){0,3}?(?:country|nation|state|group|organi[sz]ation|company|bloc|alliance|kingdom|junta|regime))\b(?!\s+of\s+\p{Lu})/u;

export function describedSubjectProblem(q: Draft): string | null {
  if (q.type === "cloze" || q.type === "true_false") return null;
  const subject = describedSubject.exec(q.prompt)?.[1];
  return subject
    ? `subject "${subject}" describes a name from another sentence: ambiguous out of the article`
    : null;
}

export function questionProblem(q: Draft, sentence: Sentence, article: Article): string | null {
  if (q.type === "true_false") {
    if (q.answer === "false" && !q.alteration)
      return "false statement does not record its alteration";
    // Recognising the sentence is enough to answer it: no short form of one fact was found.
    if (q.answer === "true" && withoutQuotes(q.prompt).includes(withoutQuotes(sentence.text)))
      return "true statement repeats the whole sentence (no short form of one fact)";
    return null;
  }
  const hits = countWhole(sentence.text, q.answer);
  if (hits === 0) return `answer "${q.answer}" is not in the cited sentence`;
  if (hits > 1) return `ambiguous blank: "${q.answer}" occurs ${hits} times in the sentence`;
  if (
    q.factKind !== "quantity" &&
    q.factKind !== "date" &&
    countWhole(article.title, q.answer) > 0
  ) {
    return `answer "${q.answer}" is given away by the article title`;
  }
  const shown = shownInPrompt(q) ?? demonymInPrompt(q);
  if (shown) return `answer given away: "${shown}" appears in its own prompt`;
  const twin = q.type === "cloze" ? twinBesideBlank(q, sentence) : null;
  if (twin) return `the name beside the blank ("${twin}") spells most of the answer`;
  // Three options are a fair test; padding to four with another kind of name is not.
  const wrong = (q.choices?.length ?? 1) - 1;
  if (q.type === "multiple_choice" && wrong < 2) {
    return `only ${wrong} distractor${wrong === 1 ? "" : "s"} of the answer's kind (at least 2 needed)`;
  }
  return null;
}

/** Keeps the first of each (type, prompt) and each (type, sentence, answer) pair. */
export function dedupeKey(q: Draft): string[] {
  return [
    `${q.type}|${normaliseText(q.prompt)}`,
    `${q.type}|${q.sentenceId}|${normaliseText(q.answer)}|${q.alteration?.replacement ?? ""}`,
  ];
}

const nameRun = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s+(?:\p{Lu}[\p{L}.’'-]*|of|in))*`;
const twinAfter = new RegExp(String.raw`^\s+(?:and|or)\s+(${nameRun})`, "u");
const twinBefore = new RegExp(String.raw`(${nameRun})\s+(?:and|or)\s+$`, "u");

/**
 * A name joined to the blank that opens with the same two words: in "head of _____ and Air
 * Forces Africa" the answer "Air Forces in Europe" is mostly spelled out beside it.
 */
function twinBesideBlank(q: Draft, sentence: Sentence): string | null {
  if (!q.answerSpan) return null;
  // A name beside the blank is within a few words of it: longer slices only slow the patterns.
  const after = sentence.text.slice(q.answerSpan.end - sentence.start).slice(0, 80);
  const before = sentence.text.slice(0, q.answerSpan.start - sentence.start).slice(-80);
  const lead = q.answer.split(/\s+/).slice(0, 2).join(" ");
  if (!lead.includes(" ")) return null;
  for (const m of [twinAfter.exec(after), twinBefore.exec(before)]) {
    const twin = m?.[1]?.replace(/[.’']+$/, "");
    if (twin && `${twin} `.startsWith(`${lead} `)) return twin;
  }
  return null;
}

/**
 * A country's adjective in the prompt names the country: "As part of _____'s larger campaign …
 * about 1,500 French troops are stationed in Niger" asks for France.
 */
function demonymInPrompt(q: Draft): string | null {
  if (q.factKind !== "place") return null;
  const country = demonyms[q.answer] ?? q.answer;
  const prompt = q.attribution ? q.prompt.slice(q.attribution.length) : q.prompt;
  const names = Object.keys(demonyms).filter((word) => demonyms[word] === country);
  return names.find((word) => countWhole(prompt, word) > 0) ?? null;
}

/** The first accepted form of the answer that the question itself shows, if any. */
function shownInPrompt(q: Draft): string | null {
  const prompt = q.attribution ? q.prompt.slice(q.attribution.length) : q.prompt;
  return q.accepted.find((form) => form.length > 1 && countWhole(prompt, form) > 0) ?? null;
}
