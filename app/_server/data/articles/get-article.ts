import "server-only";
import { z } from "zod";
import { prisma } from "../../db";
import type { CurrentUser } from "../../current-user";

export type ConflictClaim = { articleId: string; sentenceId: string; value: string; quote: string };
export type ArticleConflict = { id: string; topic: string; claims: ConflictClaim[] };

const claimsSchema = z.array(
  z.object({ articleId: z.string(), sentenceId: z.string(), value: z.string(), quote: z.string() }),
);

export type ArticleQuestion = {
  id: string;
  type: string;
  prompt: string;
  answer: string;
  sentenceId: string;
  attribution: string | null;
};

export type ArticleForReading = {
  id: string;
  title: string;
  byline: string | null;
  site: string | null;
  published: Date | null;
  body: string;
  retired: boolean;
  sentences: { id: string; start: number; end: number }[];
  conflicts: ArticleConflict[];
  /** Only for teachers: students would read the answers before their quiz. */
  questions: ArticleQuestion[] | null;
};

export async function getArticleForReading({
  actor,
  articleId,
}: {
  actor: CurrentUser;
  articleId: string;
}): Promise<ArticleForReading | null> {
  const db = await prisma();
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      byline: true,
      site: true,
      published: true,
      body: true,
      retiredAt: true,
      sentences: {
        where: { retiredAt: null },
        orderBy: { position: "asc" },
        select: { id: true, start: true, end: true },
      },
      questions:
        actor.role === "teacher"
          ? {
              where: { retiredAt: null },
              orderBy: [{ sourceStart: "asc" }, { type: "asc" }],
              select: {
                id: true,
                type: true,
                prompt: true,
                answer: true,
                sentenceId: true,
                attribution: true,
              },
            }
          : false,
    },
  });
  if (!article) return null;
  const { retiredAt, questions, ...rest } = article;
  return {
    ...rest,
    retired: retiredAt !== null,
    conflicts: await conflictsTouching(article.id),
    questions: questions ?? null,
  };
}

async function conflictsTouching(articleId: string): Promise<ArticleConflict[]> {
  // Conflicts are few (a handful per corpus); reading them all is cheaper than a JSON query.
  const rows = await (
    await prisma()
  ).sourceConflict.findMany({
    select: { id: true, topic: true, claims: true },
    orderBy: { id: "asc" },
  });
  return rows
    .map((row) => ({ id: row.id, topic: row.topic, claims: claimsSchema.parse(row.claims) }))
    .filter((conflict) => conflict.claims.some((claim) => claim.articleId === articleId));
}
