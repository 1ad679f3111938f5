import { acceptedAnswers } from "./accepted";
import { takesThe } from "./articles";
import { estimateDifficulty } from "./difficulty";
import { pickDistractors, statementSwap, type Pools } from "./distractors";
import { stableId } from "./hash";
import { boundOf } from "./numbers";
import {
  blanked,
  coordinated,
  lowerOpener,
  sourceQuestion,
  subjectQuestion,
  withoutGiveaway,
} from "./prompts";
import { quoteInside } from "./quoting";
import { shortStatement, swapped } from "./statements";
import { objectQuestion, prepositionQuestion, quantityQuestion } from "./wh-questions";
import { compareStrings, normaliseText, wordCount } from "./text";
import type { Article, Fact, Sentence } from "./types";
import type { Draft } from "./quality";

// Candidate questions for one sentence. Every candidate is bound to the sentence (its span is
// the source quote) and to one fact inside it; the quality gate decides which survive.

export type QuestionContext = {
  article: Article;
  pools: Pools;
  /** Normalised values that are true somewhere in the corpus and must not be distractors. */
  exclude: Set<string>;
  attribution: string | null;
  mentions: (value: string) => number;
  /** A name the questions use that the sentence does not (what its subject "the group" is). */
  alsoNamed?: string | null;
};

const askable = new Set(["person", "place", "organisation", "quantity", "date"]);

function shuffleChoices(seed: string, choices: string[]): string[] {
  const keyed = choices.map((choice) => ({ choice, key: stableId(seed, choice) }));
  return keyed.sort((a, b) => compareStrings(a.key, b.key)).map((k) => k.choice);
}

function base(sentence: Sentence, fact: Fact | null, ctx: QuestionContext) {
  return {
    articleId: ctx.article.id,
    sentenceId: sentence.id,
    siblingKey: sentence.id,
    source: { start: sentence.start, end: sentence.end, quote: sentence.text },
    ...(fact ? { answerSpan: { start: fact.valueStart, end: fact.valueEnd } } : {}),
    ...(ctx.attribution ? { attribution: ctx.attribution } : {}),
  };
}

function attribute(prompt: string, ctx: QuestionContext): string {
  return ctx.attribution ? `${ctx.attribution}: ${prompt}` : prompt;
}

/** A real question about the fact, from the first clause pattern that fits, else null. */
export function naturalQuestion(sentence: Sentence, fact: Fact): string | null {
  if (fact.kind === "quantity")
    return quantityQuestion(sentence, fact) ?? subjectQuestion(sentence, fact);
  const named = fact.kind === "person" || fact.kind === "organisation";
  return (
    (named ? sourceQuestion(sentence, fact) : null) ??
    (fact.kind === "date" ? null : subjectQuestion(sentence, fact)) ??
    objectQuestion(sentence, fact) ??
    prepositionQuestion(sentence, fact)
  );
}

/** What a student may answer: the fact's own forms and the corpus's fuller names for it. */
function acceptedFor(fact: Fact, ctx: QuestionContext): string[] {
  const fuller = ctx.pools.fuller.get(fact.value);
  const own = [...new Set([...acceptedAnswers(fact), ...hedgedForms(fact)])];
  return fuller ? [...new Set([...own, ...fuller])] : own;
}

/**
 * "More than how many …?" may be answered in the question's own words ("over 1,800"): the grader
 * refuses a bound the accepted forms do not hold, so the bound's usual wordings are accepted.
 */
function hedgedForms(fact: Fact): string[] {
  const bound = fact.kind === "quantity" ? boundOf(fact.hedge) : "exact";
  const words =
    bound === "lower"
      ? ["over", "more than", "at least"]
      : bound === "upper"
        ? ["fewer than", "less than", "under", "up to"]
        : [];
  const unit = fact.unit && fact.unit !== "per cent" ? ` ${fact.unit}` : "";
  return words.flatMap((word) => [`${word} ${fact.value}`, `${word} ${fact.value}${unit}`]);
}

/**
 * "over 1,800 attacks": any smaller figure is as true as the source's ("over 1,600"), and no
 * larger one is false for sure ("over 2,300" may be so). Such a figure is asked for typed, in
 * its own words; never as options, whose smallest would always be the answer, nor as a
 * true/false statement, which could not be false.
 */
function bounded(fact: Fact): boolean {
  const bound = fact.kind === "quantity" ? boundOf(fact.hedge) : "exact";
  return bound === "lower" || bound === "upper";
}

/** "two militaries": a small number written as a word is too trivial to blank out. */
function trivialCount(fact: Fact): boolean {
  return fact.kind === "quantity" && /^\p{L}+$/u.test(fact.value) && (fact.amount ?? 0) < 4;
}

function factDrafts(sentence: Sentence, fact: Fact, ctx: QuestionContext, names: Fact[]): Draft[] {
  const words = wordCount(sentence.text);
  const mentions = ctx.mentions(fact.value);
  const accepted = acceptedFor(fact, ctx);
  const asked = coordinated(sentence, fact) ? null : naturalQuestion(sentence, fact);
  const natural = asked && withoutGiveaway(lowerOpener(asked, sentence, names), accepted);
  // A wrong option or swapped-in name must not be one the question itself names.
  const named = ctx.alsoNamed ? `${sentence.text} ${ctx.alsoNamed}` : sentence.text;
  const distractors = pickDistractors(fact, named, ctx.pools, ctx.exclude, natural);
  const common = {
    ...base(sentence, fact, ctx),
    factKind: fact.kind,
    answer: fact.value,
    accepted,
  };
  const make: Make = (type, prompt, extra = {}) => ({
    ...common,
    type,
    prompt: attribute(prompt, ctx),
    difficulty: estimateDifficulty(type, fact, words, mentions),
    ...extra,
  });
  const drafts: Draft[] = [];
  if (!trivialCount(fact)) drafts.push(clozeDraft(sentence, fact, make));
  if (natural) {
    const choices = shuffleChoices(sentence.id + fact.value, [fact.value, ...distractors]);
    if (!bounded(fact)) drafts.push(make("multiple_choice", natural, { choices }));
    if (fact.kind !== "quantity") drafts.push(make("short_answer", natural));
    else {
      const numeric = { value: fact.amount ?? 0, unit: fact.unit ?? null };
      drafts.push(make("numeric", natural, { numeric }));
    }
  }
  const swap = statementSwap(fact, named, ctx.pools, ctx.exclude, distractors[0]);
  const withThe = (name: string) => takesThe(ctx.pools.articles, name);
  drafts.push(
    ...statementDrafts(sentence, fact, swap ? { value: swap, withThe } : undefined, make),
  );
  return drafts;
}

/**
 * "… heads the _____ (CNE), …": the acronym beside the blank is shown, so typing it is no
 * answer; naming the full name it stands for is.
 */
function clozeDraft(sentence: Sentence, fact: Fact, make: Make): Draft {
  const draft = make("cloze", `Fill in the blank: “${blanked(sentence, fact)}”`);
  if (!draft.prompt.includes("_____ (")) return draft;
  const shown = (form: string) => form !== fact.value && draft.prompt.includes(`_____ (${form})`);
  return { ...draft, accepted: draft.accepted.filter((form) => !shown(form)) };
}

type Make = (type: Draft["type"], prompt: string, extra?: Partial<Draft>) => Draft;

function trueStatement(draft: Draft): Draft {
  return { ...draft, answer: "true", accepted: ["true"] };
}

/**
 * A true and a false statement of one fact in the same short form (the false one swaps the
 * fact's value), so that the form never tells which is which. A fact with no short form gets
 * neither: a whole-sentence statement is answered by recognising the sentence.
 */
function statementDrafts(
  sentence: Sentence,
  fact: Fact,
  swap: { value: string; withThe: (name: string) => boolean } | undefined,
  make: (type: Draft["type"], prompt: string) => Draft,
): Draft[] {
  const statement = trivialCount(fact) || bounded(fact) ? null : shortStatement(sentence, fact);
  if (!statement) return [];
  const drafts = [trueStatement(make("true_false", `True or false? ${statement.text}`))];
  if (swap)
    drafts.push({
      ...make("true_false", `True or false? ${swapped(statement, swap.value, swap.withThe)}`),
      answer: "false",
      accepted: ["false"],
      alteration: { kind: fact.kind, original: fact.value, replacement: swap.value },
    });
  return drafts;
}

export function sentenceDrafts(sentence: Sentence, facts: Fact[], ctx: QuestionContext): Draft[] {
  // Words inside a direct quote are someone's speech, not facts the article asserts.
  const quotes = facts.filter((f) => f.kind === "quote");
  const inQuote = (f: Fact) => quotes.some((q) => q.start <= f.start && f.end <= q.end);
  const names = facts.filter((f) => f.sentenceId === sentence.id);
  const own = names.filter((f) => askable.has(f.kind) && !inQuote(f));
  // One question family per distinct value: "Niger" twice in a sentence is one (ambiguous) fact.
  const unique = own.filter(
    (f, i) => own.findIndex((g) => normaliseText(g.value) === normaliseText(f.value)) === i,
  );
  const drafts = unique.flatMap((fact) => factDrafts(sentence, fact, ctx, names));
  // No fact had a short form: the only true statement would be the sentence itself. It is still
  // offered so that the quality gate records why the sentence has no true/false item.
  if (drafts.length > 0 && !drafts.some((d) => d.type === "true_false")) {
    drafts.push({
      ...base(sentence, null, ctx),
      factKind: "sentence",
      type: "true_false",
      prompt: attribute(`True or false? “${quoteInside(sentence.text)}”`, ctx),
      answer: "true",
      accepted: ["true"],
      difficulty: estimateDifficulty("true_false", null, wordCount(sentence.text), 1),
    });
  }
  return drafts;
}
