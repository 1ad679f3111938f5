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
//   (article, position) proves nothing before it is new, in the content the walk read. Only
//   upwards, only if no undo came in between (`version` unchanged since the walk read it; no row
//   then means none now), and only if the content is still what the walk read (the
//   ContentGeneration it read is still the committed one).
// - Lowered by undoing a first answer (undo-last-answer.ts), which moves `version` on (and voids
//   a row of another generation than the content the undo read).
// - Voided, for every user at once, by a content sync that adds or changes articles, sentences or
//   questions (content/sync-content.ts): it moves the ContentGeneration on, and a frontier holds
//   only for the generation it was found in. Nothing per user is written, so the sync holds no
//   user's row lock.
// A walk over chosen articles proves nothing about the others, so it does not raise it; a walk
// over every article that finds nothing raises it past the last sentence.

type WalkRow = Pick<
  QueueRow,
  | "frontierArticle"
  | "frontierPosition"
  | "frontierVersion"
  | "contentGeneration"
  | "fresh"
  | "walkEnd"
>;

export type FrontierRaise = {
  articleId: string;
  position: number;
  /** The row's version the walk read; null: there was no row. */
  fromVersion: number | null;
  /** The content generation the walk read. */
  generation: number;
};

/** The raise a walk over every article allows, or null. */
export function frontierRaise(row: WalkRow): FrontierRaise | null {
  // The first new question in the walk's order, by the statement's own numbering: json_agg
  // promises no order, and JavaScript may compare article ids otherwise than the database's
  // collation does (an ORDER BY inside json_agg would also cost a sort per request).
  const first = row.fresh.reduce<WalkRow["fresh"][number] | undefined>(
    (found, q) => (!found || q.walkOrder < found.walkOrder ? q : found),
    undefined,
  );
  const to = first ?? row.walkEnd;
  if (!to) return null;
  const same = to.articleId === row.frontierArticle && to.position === row.frontierPosition;
  if (same) return null;
  return {
    articleId: to.articleId,
    position: to.position,
    fromVersion: row.frontierVersion,
    generation: row.contentGeneration,
  };
}

/** The committed content generation (0 before the first change). */
export const contentGenerationSql = Prisma.sql`coalesce(
  (SELECT g."generation" FROM "ContentGeneration" g WHERE g."id" = 1), 0)`;

/** Raises the user's frontier to where their walk found its first new question. */
export async function raiseFrontier(
  db: Pick<Database, "hotQuery">,
  userId: string,
  raise: FrontierRaise,
): Promise<void> {
  const { articleId, position, fromVersion, generation } = raise;
  // Nothing is written when the content changed since the walk read it; a row that exists is
  // updated only from the version the walk read (a walk that read no row updates none).
  await db.hotQuery(Prisma.sql`INSERT INTO "NewQuestionFrontier" AS f
      ("userId", "articleId", "position", "version", "generation")
    SELECT ${userId}, ${articleId}, ${position}::int, 0, ${generation}::int
    WHERE ${contentGenerationSql} = ${generation}::int
    ON CONFLICT ("userId") DO UPDATE
      SET "articleId" = excluded."articleId", "position" = excluded."position",
          "generation" = excluded."generation"
      WHERE f."version" = ${fromVersion}::int
        AND (f."generation" <> excluded."generation"
             OR (f."articleId", f."position") < (excluded."articleId", excluded."position"))`);
}

/** Content changed: every user's frontier is void, and their walks start from the beginning again
 * (once; then they are raised). Run in the sync's transaction: a raise computed from the content
 * before it and written after it commits is refused; one written before it commits is void. */
export const bumpContentGenerationSql = Prisma.sql`INSERT INTO "ContentGeneration" AS g
    ("id", "generation") VALUES (1, 1)
  ON CONFLICT ("id") DO UPDATE SET "generation" = g."generation" + 1`;
