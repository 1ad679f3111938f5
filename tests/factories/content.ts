import { randomUUID } from "node:crypto";
import { bumpContentGenerationSql } from "@/app/_server/data/study/new-frontier";
import { prisma } from "@/app/_server/db";

/** The committed content generation (new-frontier.ts), as the queue statement reads it. */
export async function contentGeneration(): Promise<number> {
  const row = await (await prisma()).contentGeneration.findUnique({ where: { id: 1 } });
  return row?.generation ?? 0;
}

// Articles, sentences and questions as the bank would write them, with ids unique per call so
// tests in one database never collide. Questions cut from one sentence share its sibling key.

export type QuestionType =
  "cloze" | "multiple_choice" | "true_false" | "short_answer" | "numeric" | "flashcard";

export type QuestionSpec = {
  type: QuestionType;
  answer: string;
  accepted?: string[];
  choices?: string[];
  prompt?: string;
  /** Index of the sentence the question cites (default 0). */
  sentence?: number;
  retired?: boolean;
};

export type MadeQuestion = QuestionSpec & {
  id: string;
  sentenceId: string;
  siblingKey: string;
  sourceQuote: string;
};
export type MadeArticle = { id: string; sentenceIds: string[]; questions: MadeQuestion[] };

const sentences = [
  "U.S. forces left Air Base 101 in Niamey in July 2024.",
  "About 1,100 American troops were stationed in Niger.",
  "President Mohamed Bazoum was removed in a coup in July 2023.",
];

// A mix of every type over three sentences: two siblings per sentence.
export const mixedQuestions: QuestionSpec[] = [
  { type: "cloze", answer: "Niamey", sentence: 0 },
  {
    type: "multiple_choice",
    answer: "Niamey",
    choices: ["Agadez", "Niamey", "Zinder"],
    sentence: 0,
  },
  { type: "numeric", answer: "1,100", sentence: 1 },
  { type: "true_false", answer: "true", accepted: ["true"], sentence: 1 },
  { type: "short_answer", answer: "Mohamed Bazoum", accepted: ["Bazoum"], sentence: 2 },
  { type: "flashcard", answer: "A coup in July 2023", sentence: 2 },
];

export async function makeArticle(
  options: { title?: string; questions?: QuestionSpec[]; sentenceCount?: number } = {},
): Promise<MadeArticle> {
  const db = await prisma();
  const prefix = randomUUID();
  const specs = options.questions ?? mixedQuestions;
  const count = Math.max(options.sentenceCount ?? 3, ...specs.map((q) => (q.sentence ?? 0) + 1));
  const texts = Array.from({ length: count }, (_, i) => sentences[i % sentences.length]!);
  const sentenceIds = texts.map((_, i) => `${prefix}-s${String(i).padStart(3, "0")}`);
  const body = texts.join(" ");
  await db.article.create({
    data: {
      id: prefix,
      file: `${prefix}.txt`,
      title: options.title ?? "U.S. forces leave Niger",
      body,
      contentHash: prefix,
      sentences: {
        create: texts.map((text, i) => ({
          id: sentenceIds[i]!,
          position: i,
          text,
          start: 0,
          end: text.length,
        })),
      },
    },
  });
  const questions = specs.map((spec, i) => made(prefix, i, spec, sentenceIds, texts));
  await db.question.createMany({ data: questions.map((q) => questionRow(prefix, q)) });
  // As content sync does when it adds questions: they may sit before a user's frontier.
  await db.$executeRaw(bumpContentGenerationSql);
  return { id: prefix, sentenceIds, questions };
}

function made(
  prefix: string,
  index: number,
  spec: QuestionSpec,
  ids: string[],
  texts: string[],
): MadeQuestion {
  const sentence = spec.sentence ?? 0;
  return {
    ...spec,
    id: `${prefix}-q${String(index).padStart(3, "0")}`,
    sentenceId: ids[sentence]!,
    siblingKey: ids[sentence]!,
    sourceQuote: texts[sentence]!,
  };
}

function questionRow(articleId: string, q: MadeQuestion) {
  return {
    id: q.id,
    articleId,
    sentenceId: q.sentenceId,
    type: q.type,
    prompt: q.prompt ?? `Question about “${q.sourceQuote}”`,
    answer: q.answer,
    accepted: q.accepted ?? [],
    choices: q.choices ?? [],
    sourceStart: 0,
    sourceEnd: q.sourceQuote.length,
    sourceQuote: q.sourceQuote,
    difficulty: 0.5,
    siblingKey: q.siblingKey,
    factKind: "test",
    retiredAt: q.retired ? new Date("2026-01-01T00:00:00Z") : null,
  };
}

/** A card as if studied before: review state unless told otherwise. */
export async function makeCard(card: {
  userId: string;
  questionId: string;
  due: Date;
  state?: number;
  version?: number;
  stability?: number;
}): Promise<void> {
  await (
    await prisma()
  ).card.create({
    data: {
      userId: card.userId,
      questionId: card.questionId,
      due: card.due,
      state: card.state ?? 2,
      stability: card.stability ?? 10,
      difficulty: 5,
      scheduledDays: 10,
      reps: 3,
      lastReview: new Date(card.due.getTime() - 10 * 86_400_000),
      version: card.version ?? 3,
    },
  });
}
