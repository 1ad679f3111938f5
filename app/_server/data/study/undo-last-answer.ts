import "server-only";
import type { CurrentUser } from "../../current-user";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { Prisma } from "../../generated/prisma/client";
import { contentGenerationSql } from "./new-frontier";
import type { FreshCard } from "./stale-card-error";

export type UndoResult = {
  /** The review that no longer counts (it stays in the append-only log, marked undone). */
  reviewId: string;
  /** The card as it was before that answer, with a new version. */
  card: FreshCard;
};

type UndoRow = FreshCard & { reviewId: string };

// One statement: pick the user's latest answer still counting (and only if it is the one the
// client named, when it names one), put the card back exactly as the log recorded it before the
// answer, and only if that happened mark the answer undone. The version is not restored but raised,
// so a device still holding the version the undone answer produced cannot write over the card.
//
// The card is written only while it has the version this statement's snapshot read. Under READ
// COMMITTED an UPDATE that waited for a row lock is applied to the row the other transaction
// committed, re-checking its WHERE against it (PostgreSQL docs, 13.2.1 "Read Committed Isolation
// Level"): without the version in the WHERE, an answer another device committed while the undo
// waited was overwritten, though its log still counted. The snapshot's version rather than the
// one the target answer produced: after an undo of a later answer to the same card the card has
// moved on (each undo raises the version) and undoing the earlier answer is still right.
function undoSql(userId: string, now: Date, reviewId: string | null): Prisma.Sql {
  return Prisma.sql`WITH "target" AS (
  SELECT l."id" FROM "ReviewLog" l
  WHERE l."userId" = ${userId} AND l."undoneAt" IS NULL
  ORDER BY l."reviewedAt" DESC, l."versionBefore" DESC
  LIMIT 1
  FOR UPDATE
), "chosen" AS (
  SELECT l.*, c."version" AS "cardVersion"
  FROM "target" t JOIN "ReviewLog" l ON l."id" = t."id"
    JOIN "Card" c ON c."userId" = l."userId" AND c."questionId" = l."questionId"
  WHERE ${reviewId}::text IS NULL OR t."id" = ${reviewId}::text
), "restored" AS (
  UPDATE "Card" c SET "state" = m."stateBefore", "due" = m."dueBefore",
    "stability" = m."stabilityBefore", "difficulty" = m."difficultyBefore",
    "scheduledDays" = m."scheduledDaysBefore", "learningSteps" = m."learningStepsBefore",
    "reps" = m."repsBefore", "lapses" = m."lapsesBefore", "lastReview" = m."lastReviewBefore",
    "version" = c."version" + 1
  FROM "chosen" m WHERE c."userId" = m."userId" AND c."questionId" = m."questionId"
    AND c."version" = m."cardVersion"
  RETURNING m."id" AS "reviewId", m."userId", m."stateBefore", c."questionId", c."version",
    c."state", c."due", c."reps", c."lapses", c."lastReview"
), "marked" AS (
  UPDATE "ReviewLog" l SET "undoneAt" = ${now}::timestamp(3)
  FROM "restored" r WHERE l."id" = r."reviewId" AND l."undoneAt" IS NULL
  RETURNING l."id"
), "lowered" AS (
  -- Undoing a first answer makes its question new again: the user's new-question frontier
  -- (new-frontier.ts) goes back to its sentence if it is past it, and its version moves on, so a
  -- raise computed before this undo is refused. One upsert, as a raise may be inserting the row
  -- right now. Without a row the walk starts at the beginning: the row inserted here holds the
  -- sentence with generation -1, which no content generation is, so it is void until raised.
  -- The sentence's position is of the content this statement reads: a row of another generation
  -- (a sync committed while this waited for its locks) is voided rather than lowered.
  INSERT INTO "NewQuestionFrontier" AS f ("userId", "articleId", "position", "version", "generation")
  SELECT m."userId", s."articleId", s."position", 1, -1
  FROM "restored" m JOIN "Question" q ON q."id" = m."questionId"
    JOIN "Sentence" s ON s."id" = q."sentenceId"
  WHERE m."stateBefore" = 0
  ON CONFLICT ("userId") DO UPDATE SET
    "articleId" = CASE WHEN (excluded."articleId", excluded."position") < (f."articleId", f."position")
                       THEN excluded."articleId" ELSE f."articleId" END,
    "position" = CASE WHEN (excluded."articleId", excluded."position") < (f."articleId", f."position")
                      THEN excluded."position" ELSE f."position" END,
    "version" = f."version" + 1,
    "generation" = CASE WHEN f."generation" = ${contentGenerationSql} THEN f."generation" ELSE -1 END
  RETURNING f."userId"
)
-- The target with its restored card; a target without one lost the card to another device.
SELECT m."id" AS "targetId", r."reviewId", r."questionId", r."version", r."state", r."due",
  r."reps", r."lapses", r."lastReview"
FROM "chosen" m LEFT JOIN "restored" r ON r."reviewId" = m."id"`;
}

// A reviewId the client already undid: the repeat succeeds and changes nothing.
function alreadyUndoneSql(userId: string, reviewId: string): Prisma.Sql {
  return Prisma.sql`SELECT l."id" AS "reviewId", l."undoneAt", c."questionId", c."version",
  c."state", c."due", c."reps", c."lapses", c."lastReview"
FROM "ReviewLog" l JOIN "Card" c ON c."userId" = l."userId" AND c."questionId" = l."questionId"
WHERE l."userId" = ${userId} AND l."id" = ${reviewId}`;
}

/**
 * Undoes the acting user's most recent answer that still counts. Pass the `reviewId` the answer
 * returned to make the request idempotent: repeating it does not undo an earlier answer too.
 */
export async function undoLastAnswer(options: {
  actor: CurrentUser;
  now: Date;
  reviewId?: string;
}): Promise<UndoResult> {
  const db = await prisma();
  const reviewId = options.reviewId ?? null;
  const [row] = await db.$queryRaw<(Partial<UndoRow> & { targetId: string })[]>(
    undoSql(options.actor.id, options.now, reviewId),
  );
  if (row?.reviewId) return toResult(row as UndoRow);
  if (row) {
    throw new AppError("conflict", {
      message: `Undo of review ${row.targetId}: its card changed while the undo waited.`,
      userMessage: "This card was just answered again, so this answer can no longer be undone.",
    });
  }
  if (reviewId) {
    const [earlier] = await db.$queryRaw<(UndoRow & { undoneAt: Date | null })[]>(
      alreadyUndoneSql(options.actor.id, reviewId),
    );
    if (earlier?.undoneAt) return toResult(earlier);
    if (earlier) {
      throw new AppError("conflict", {
        userMessage: "Only your last answer can be undone.",
      });
    }
  }
  throw new AppError("not_found", {
    userMessage: "There is no answer to undo.",
  });
}

function toResult(row: UndoRow): UndoResult {
  const { reviewId, questionId, version, state, due, reps, lapses, lastReview } = row;
  return { reviewId, card: { questionId, version, state, due, reps, lapses, lastReview } };
}
