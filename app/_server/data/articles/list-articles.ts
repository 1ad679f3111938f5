import "server-only";
import { prisma } from "../../db";
import type { CurrentUser } from "../../current-user";

export type ArticleSummary = {
  id: string;
  title: string;
  published: Date | null;
  questionCount: number;
};

// Every signed-in user reads the shared corpus; the actor is required so no anonymous path exists.
// Articles whose file left the content folder are not listed (their pages still open, marked).
export async function listArticles(_options: { actor: CurrentUser }): Promise<ArticleSummary[]> {
  const rows = await (
    await prisma()
  ).article.findMany({
    where: { retiredAt: null },
    orderBy: [{ published: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      published: true,
      _count: { select: { questions: { where: { retiredAt: null } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    published: row.published,
    questionCount: row._count.questions,
  }));
}
