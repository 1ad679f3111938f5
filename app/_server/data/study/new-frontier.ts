import "server-only";
import type { Database } from "../../database/connect";
import { Prisma } from "../../generated/prisma/client";
import type { QueueRow } from "./queue-statements";

// The new-question walk (queue-sql.ts) goes through sentences in order, skipping those whose
// questions the user has all studied; a student who has studied thousands of sentences would pass
// them all on every next-card request. Their frontier (NewQuestionFrontier) says where the walk
// may start: no sentence before it, in the walk's order, has a question new to them.
//
// - Raised here, by the queue: a walk over every article that found its first new question at
//   (article, position) proves nothing before it is new. Only if no lowering came in between
//   (`version` unchanged since the walk's own statement read it), and only upwards.
// - Lowered by whatever can make a question new again, which also moves `version` on: undoing a
//   first answer (undo-last-answer.ts) and any content sync that adds or changes questions or
//   sentences (content/sync-content.ts, back to the start).
// A walk over chosen articles proves nothing about the others, so it does not raise it; a walk
// over every article that finds nothing raises it past the last sentence.

type WalkRow = Pick<
  QueueRow,
  "frontierArticle" | "frontierPosition" | "frontierVersion" | "fresh" | "walkEnd"
>;

/** The raise a walk over every article allows, or null. */
export function frontierRaise(
  row: WalkRow,
): { articleId: string; position: number; fromVersion: number | null } | null {
  // The first new question in the walk's order, as the statement aggregated the walk.
  const to = row.fresh[0] ?? row.walkEnd;
  if (!to) return null;
  const same = to.articleId === row.frontierArticle && to.position === row.frontierPosition;
  if (same) return null;
  return { articleId: to.articleId, position: to.position, fromVersion: row.frontierVersion };
}

/** Raises the user's frontier to where their walk found its first new question. */
export async function raiseFrontier(
  db: Pick<Database, "hotQuery">,
  userId: string,
  raise: NonNullable<ReturnType<typeof frontierRaise>>,
): Promise<void> {
  const { articleId, position, fromVersion } = raise;
  // No row when the walk read: insert, unless a lowering has made one since.
  if (fromVersion === null) {
    await db.hotQuery(Prisma.sql`INSERT INTO "NewQuestionFrontier" ("userId", "articleId", "position")
      VALUES (${userId}, ${articleId}, ${position}::int) ON CONFLICT ("userId") DO NOTHING`);
    return;
  }
  await db.hotQuery(Prisma.sql`UPDATE "NewQuestionFrontier"
    SET "articleId" = ${articleId}, "position" = ${position}::int
    WHERE "userId" = ${userId} AND "version" = ${fromVersion}::int
      AND ("articleId", "position") < (${articleId}::text, ${position}::int)`);
}

/** Content changed: every user's walk starts from the beginning again (once; then it is raised). */
export const restartFrontiersSql = Prisma.sql`UPDATE "NewQuestionFrontier"
  SET "articleId" = '', "position" = -1, "version" = "version" + 1`;
