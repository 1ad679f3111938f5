import { LOOKBACK, resolvedPrompt, subjectAnaphor, type Anaphor } from "./anaphora";
import { takesThe } from "./articles";
import { bankSchema, type Bank } from "./bank-schema";
import { findConflicts, type ParsedArticle } from "./conflicts";
import { buildPools } from "./distractors";
import { extractFacts } from "./facts";
import { stableId } from "./hash";
import { ingestArticle } from "./ingest";
import {
  dedupeKey,
  describedSubjectProblem,
  questionProblem,
  sentenceProblem,
  type Draft,
} from "./quality";
import { sentenceDrafts } from "./questions";
import { isBroad, selectForSentence, type FactWeight } from "./select";

import { segmentSentences } from "./sentences";
import { compareStrings, countWhole, normaliseText } from "./text";
import type { Conflict, Dropped, Fact, Question, Skipped, SourceFile } from "./types";

const notSelected = "not selected: the sentence's strongest facts are already asked";
const secondBlank = "a second blank in the same sentence: the two cards show each other's answer";

export function parseArticle(source: SourceFile): ParsedArticle {
  const article = ingestArticle(source);
  const sentences = segmentSentences(article.id, article.body);
  return { article, sentences, facts: extractFacts(article.body, sentences) };
}

function attributionFor({ article }: ParsedArticle): string {
  const source = article.site ? `${article.site}, “${article.title}”` : `“${article.title}”`;
  return `According to ${source} (${article.published ?? "undated"})`;
}

type Shared = {
  pools: ReturnType<typeof buildPools>;
  disputed: Set<string>;
  /** Per article, the values other sources give for the quantities it disputes. */
  rivalValues: Map<string, Set<string>>;
  /**
   * Every (type, prompt) asked so far, over all articles: two versions of one story (a wire
   * story and its update) share most sentences, and a student studying both would get the same
   * card twice. The first article in file order keeps it.
   */
  asked: Set<string>;
};

function sharedContext(parsed: ParsedArticle[], conflicts: Conflict[]): Shared {
  const rivalValues = new Map<string, Set<string>>();
  for (const c of conflicts) {
    const values = c.claims.flatMap((claim) => {
      const numbers = claim.value.match(/\d[\d,]*/g) ?? [];
      return [normaliseText(claim.value), ...numbers, ...numbers.map((n) => n.replace(/,/g, ""))];
    });
    for (const claim of c.claims) {
      const set = rivalValues.get(claim.articleId) ?? new Set<string>();
      values.forEach((v) => set.add(v));
      rivalValues.set(claim.articleId, set);
    }
  }
  const disputed = new Set(conflicts.flatMap((c) => c.claims.map((cl) => cl.sentenceId)));
  return {
    pools: buildPools(parsed.flatMap((p) => p.facts)),
    disputed,
    rivalValues,
    asked: new Set(),
  };
}

function excluded(parsed: ParsedArticle, shared: Shared): Set<string> {
  const out = new Set(shared.rivalValues.get(parsed.article.id));
  // A "wrong" number that the article itself states elsewhere would be true, not wrong.
  for (const f of parsed.facts)
    if (f.kind === "quantity" || f.kind === "date") out.add(normaliseText(f.value));
  return out;
}

function questionsOf(parsed: ParsedArticle, shared: Shared, dropped: Dropped[]): Question[] {
  const { article, sentences, facts } = parsed;
  const exclude = excluded(parsed, shared);
  const out: Question[] = [];
  const seen = new Set<string>();
  const quotes = facts.filter((f) => f.kind === "quote");
  const factsIn = factsBySentence(facts);
  sentences.forEach((sentence, i) => {
    const earlier = () =>
      sentences
        .slice(Math.max(0, i - LOOKBACK), i)
        .reverse()
        .map((s) => factsIn.get(s.id) ?? []);
    const anaphor = subjectAnaphor(sentence, earlier);
    const ctx = {
      article,
      pools: shared.pools,
      exclude,
      attribution: shared.disputed.has(sentence.id) ? attributionFor(parsed) : null,
      mentions: (value: string) => countWhole(article.body, value),
      alsoNamed: anaphor?.referent ?? null,
    };
    const quoted = quotes.some((q) => q.start < sentence.start && sentence.start < q.end);
    const sentenceReason = quoted
      ? "sentence is inside a direct quotation"
      : (sentenceProblem(sentence) ?? anaphorProblem(anaphor));
    const passed: Draft[] = [];
    for (const draft of sentenceDrafts(sentence, facts, ctx)) {
      const reason = sentenceReason ?? questionProblem(draft, sentence, article);
      const asked = anaphor ? resolved(draft, anaphor, shared) : draft;
      const described = reason ? null : describedSubjectProblem(asked);
      if (reason) dropped.push(dropOf(draft, reason));
      else if (described) dropped.push(dropOf(asked, described));
      else passed.push(asked);
    }
    const weigh = (d: Draft): FactWeight => {
      const fact = factsIn
        .get(sentence.id)
        ?.find((f) => f.valueStart === d.answerSpan?.start && f.value === d.answer);
      return { broad: fact ? isBroad(fact) : false, mentions: ctx.mentions(d.answer) };
    };
    const { kept, surplus, secondBlanks } = selectForSentence(passed, weigh);
    for (const draft of surplus) dropped.push(dropOf(draft, notSelected));
    for (const draft of secondBlanks) dropped.push(dropOf(draft, secondBlank));
    for (const draft of kept) {
      const reason = duplicate(draft, seen) ?? askedElsewhere(draft, shared.asked);
      if (reason) dropped.push(dropOf(draft, reason));
      else
        out.push({
          id: stableId(draft.type, draft.sentenceId, draft.answer, draft.prompt),
          ...draft,
        });
    }
  });
  return capStatements(out, dropped);
}

function factsBySentence(facts: Fact[]): Map<string, Fact[]> {
  const out = new Map<string, Fact[]>();
  for (const f of facts) {
    const list = out.get(f.sentenceId);
    if (list) list.push(f);
    else out.set(f.sentenceId, [f]);
  }
  return out;
}

function anaphorProblem(anaphor: Anaphor | null): string | null {
  return anaphor && !anaphor.referent
    ? `subject "${anaphor.phrase}" refers back to an earlier sentence, and no one name there can stand in for it`
    : null;
}

/** The draft naming what its sentence's subject description stands for. */
function resolved(draft: Draft, anaphor: Anaphor, shared: Shared): Draft {
  const withThe = takesThe(shared.pools.articles, anaphor.referent ?? "");
  return { ...draft, prompt: resolvedPrompt(draft.prompt, anaphor, withThe) };
}

/**
 * True/false is at most a quarter of an article's questions (at most one third of the rest):
 * students and teachers want recall. Which statements stay follows their ids, so the choice is
 * deterministic and depends on this article alone.
 */
function capStatements(questions: Question[], dropped: Dropped[]): Question[] {
  const statements = questions.filter((q) => q.type === "true_false");
  const cap = Math.floor((questions.length - statements.length) / 3);
  const kept = new Set([...statements].sort((a, b) => compareStrings(a.id, b.id)).slice(0, cap));
  for (const q of statements)
    if (!kept.has(q)) dropped.push(dropOf(q, "true/false quota: at most a quarter of the article"));
  return questions.filter((q) => q.type !== "true_false" || kept.has(q));
}

function duplicate(draft: Draft, seen: Set<string>): string | null {
  const keys = dedupeKey(draft);
  if (keys.some((k) => seen.has(k))) return "duplicate of a question already in the bank";
  keys.forEach((k) => seen.add(k));
  return null;
}

function askedElsewhere(draft: Draft, asked: Set<string>): string | null {
  // The same question of the same sentence: two unrelated stories may ask "At least how many
  // people were killed in the attack?" of different attacks.
  const key = [draft.type, draft.prompt, draft.source.quote, draft.answer]
    .map(normaliseText)
    .join("|");
  if (asked.has(key)) return "duplicate of a question of an earlier article (the same sentence)";
  asked.add(key);
  return null;
}

function dropOf(draft: Draft, reason: string): Dropped {
  return {
    articleId: draft.articleId,
    sentenceId: draft.sentenceId,
    type: draft.type,
    reason,
    detail: `${draft.prompt} → ${draft.answer}`,
  };
}

const byQuestion = (a: Question, b: Question) =>
  compareStrings(a.articleId, b.articleId) ||
  a.source.start - b.source.start ||
  compareStrings(a.type, b.type) ||
  compareStrings(a.id, b.id);

const noText =
  "no article text found: the file is empty or holds only page furniture (menus, share buttons, notices)";

/** Every article with text; the others are reported, not loaded as empty articles. */
function articlesWithText(files: SourceFile[], skipped: Skipped[]): ParsedArticle[] {
  const parsed: ParsedArticle[] = [];
  const fileOf = new Map<string, string>();
  for (const file of [...files].sort((a, b) => compareStrings(a.file, b.file))) {
    const p = parseArticle(file);
    if (p.sentences.length === 0) {
      skipped.push({ file: file.file, reason: noText });
      continue;
    }
    const other = fileOf.get(p.article.id);
    if (other)
      throw new Error(
        `"${other}" and "${file.file}" both map to article id "${p.article.id}": rename one of them`,
      );
    fileOf.set(p.article.id, file.file);
    parsed.push(p);
  }
  return parsed;
}

/** Pure and deterministic: the same files (in any order) give the same bank. */
export function buildBank(files: SourceFile[]): {
  bank: Bank;
  dropped: Dropped[];
  skipped: Skipped[];
} {
  const skipped: Skipped[] = [];
  const parsed = articlesWithText(files, skipped);
  const conflicts = findConflicts(parsed);
  const shared = sharedContext(parsed, conflicts);
  const dropped: Dropped[] = [];
  const questions = parsed.flatMap((p) => questionsOf(p, shared, dropped)).sort(byQuestion);
  const articles = parsed.map(({ article, sentences }) => ({
    id: article.id,
    file: article.file,
    title: article.title,
    byline: article.byline,
    published: article.published,
    site: article.site,
    body: article.body,
    sentences,
  }));
  const bank = bankSchema.parse({ version: 1, articles, questions, conflicts });
  return { bank, dropped, skipped };
}
