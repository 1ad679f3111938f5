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
export async function listArticles({ actor }: { actor: CurrentUser }): Promise<ArticleSummary[]> {
  void actor;
  const rows = await (
    await prisma()
  ).article.findMany({
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
