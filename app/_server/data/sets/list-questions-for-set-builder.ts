import "server-only";
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { prisma } from "../../db";
import { parse, requireTeacher, type Actor } from "../classes/access";
import { storableText } from "../../storable-text";

// Flashcards grade themselves and cannot be scored in a quiz, so the builder leaves them out.
export const SET_QUESTION_TYPES = [
  "cloze",
  "multiple_choice",
  "true_false",
  "short_answer",
  "numeric",
] as const;

export const builderFilterSchema = z.object({
  articleIds: z.array(z.string().max(200)).max(50).default([]),
  /** Only these questions (the builder's list of picked ones). */
  questionIds: z.array(z.string().max(200)).max(200).default([]),
  types: z.array(z.enum(SET_QUESTION_TYPES)).default([]),
  minDifficulty: z.number().min(0).max(1).nullable().default(null),
  maxDifficulty: z.number().min(0).max(1).nullable().default(null),
  search: storableText(z.string().trim().max(200)).default(""),
  limit: z.number().int().min(1).max(200).default(50),
});

export type BuilderQuestion = {
  id: string;
  articleId: string;
  articleTitle: string;
  sentenceId: string;
  type: string;
  prompt: string;
  answer: string;
  difficulty: number;
  sourceSentence: string;
};

function whereOf(filter: z.infer<typeof builderFilterSchema>): Prisma.QuestionWhereInput {
  const and: Prisma.QuestionWhereInput[] = [{ retiredAt: null }];
  if (filter.articleIds.length > 0) and.push({ articleId: { in: filter.articleIds } });
  if (filter.questionIds.length > 0) and.push({ id: { in: filter.questionIds } });
  and.push({ type: { in: filter.types.length > 0 ? filter.types : [...SET_QUESTION_TYPES] } });
  if (filter.minDifficulty !== null) and.push({ difficulty: { gte: filter.minDifficulty } });
  if (filter.maxDifficulty !== null) and.push({ difficulty: { lte: filter.maxDifficulty } });
  if (filter.search !== "") {
    const contains = { contains: filter.search, mode: "insensitive" as const };
    and.push({ OR: [{ prompt: contains }, { answer: contains }, { sourceQuote: contains }] });
  }
  return { AND: and };
}

/** The shared banks are open to every teacher; only teachers build sets. */
export async function listQuestionsForSetBuilder(options: {
  actor: Actor;
  filter: unknown;
}): Promise<BuilderQuestion[]> {
  requireTeacher(options.actor);
  const filter = parse(builderFilterSchema, options.filter);
  const rows = await (
    await prisma()
  ).question.findMany({
    where: whereOf(filter),
    orderBy: [{ articleId: "asc" }, { sourceStart: "asc" }, { id: "asc" }],
    take: filter.limit,
    select: {
      id: true,
      articleId: true,
      sentenceId: true,
      type: true,
      prompt: true,
      answer: true,
      difficulty: true,
      article: { select: { title: true } },
      sentence: { select: { text: true } },
    },
  });
  return rows.map(({ article, sentence, ...row }) => ({
    ...row,
    articleTitle: article.title,
    sourceSentence: sentence.text,
  }));
}

/** How many questions the filter matches in all: the list above stops at its limit. */
export async function countQuestionsForSetBuilder(options: {
  actor: Actor;
  filter: unknown;
}): Promise<number> {
  requireTeacher(options.actor);
  const filter = parse(builderFilterSchema, options.filter);
  return (await prisma()).question.count({ where: whereOf(filter) });
}
