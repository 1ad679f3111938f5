import "server-only";
import { Prisma } from "../../generated/prisma/client";

// Everything the queue needs, in one statement (one round trip), as four JSON values:
// the user's limits and zone, today's answers, the due cards and the candidate new questions.
// The study day depends on the user's zone, which this same statement reads, so the windows are
// generous (a study day is at most 25 hours, DST included) and the exact day is applied in JS.
//
// Due cards come from an index scan of Card_userId_due_idx (userId = $1 AND due < $2, in due
// order, with a LIMIT): the cost follows the cards due today, not all of the user's cards.
// tests/integration/study/queue-index.test.ts checks the plan with EXPLAIN.

export type QueueSqlParams = {
  userId: string;
  /** Due cards before this instant (end of the latest possible study day). */
  dueBefore: Date;
  /** Answers at or after this instant (start of the earliest possible study day). */
  answeredSince: Date;
  articleIds: readonly string[] | null;
  /** A condition on the user row "u" (sessionCheckSql): no settings come back when it fails. */
  sessionCheck?: Prisma.Sql;
};

// Room above the daily limits for cards held back as siblings of something seen today.
const dueMargin = 200;
const newMargin = 50;

const epochMs = (column: Prisma.Sql) => Prisma.sql`(extract(epoch FROM ${column}) * 1000)::float8`;

export function queueInputsSql(p: QueueSqlParams): Prisma.Sql {
  const articles = p.articleIds ? [...p.articleIds] : null;
  const articleFilter = Prisma.sql`(${articles}::text[] IS NULL OR q."articleId" = ANY(${articles}::text[]))`;
  // Two texts rather than one "IS NULL OR" condition, so that chosen articles are an index
  // condition on the sentence walk instead of a filter over every sentence of the bank.
  const sentenceFilter = articles
    ? Prisma.sql`s."articleId" = ANY(${articles}::text[])`
    : Prisma.sql`TRUE`;
  return Prisma.sql`SELECT
  (SELECT json_build_object('newCardsPerDay', u."newCardsPerDay", 'reviewsPerDay', u."reviewsPerDay",
                            'timeZone', u."timeZone")
     FROM "User" u WHERE u."id" = ${p.userId} AND ${p.sessionCheck ?? Prisma.sql`TRUE`}) AS "settings",
  (SELECT coalesce(json_agg(t), '[]'::json) FROM (
     -- In reviewedAt order, so even a planner without statistics reads ReviewLog_userId_reviewedAt_idx.
     SELECT ${epochMs(Prisma.sql`l."reviewedAt"`)} AS "at", l."stateBefore", q."siblingKey"
     FROM "ReviewLog" l JOIN "Question" q ON q."id" = l."questionId"
     WHERE l."userId" = ${p.userId} AND l."reviewedAt" >= ${p.answeredSince}::timestamp(3)
       AND l."undoneAt" IS NULL
     ORDER BY l."reviewedAt"
  ) t) AS "today",
  (SELECT coalesce(json_agg(d), '[]'::json) FROM (
     SELECT c."questionId" AS "id", c."state", ${epochMs(Prisma.sql`c."due"`)} AS "due",
            c."version", q."siblingKey", ${epochMs(Prisma.sql`q."updatedAt"`)} AS "revision"
     FROM "Card" c
     -- Each card's question by primary key. OFFSET 0 keeps the planner from probing Question by
     -- articleId instead, which it does when it has no statistics (PGlite runs no autovacuum).
     CROSS JOIN LATERAL (SELECT q."siblingKey", q."articleId", q."retiredAt", q."updatedAt"
                         FROM "Question" q
                         WHERE q."id" = c."questionId" OFFSET 0) q
     WHERE c."userId" = ${p.userId} AND c."due" < ${p.dueBefore}::timestamp(3) AND c."state" <> 0
       AND q."retiredAt" IS NULL AND ${articleFilter}
     ORDER BY c."due"
     LIMIT (SELECT u."reviewsPerDay" + ${dueMargin}::int FROM "User" u WHERE u."id" = ${p.userId})
  ) d) AS "due",
  (SELECT coalesce(json_agg(n), '[]'::json) FROM (
     -- New questions in reading order, one per sentence (a sentence's questions are siblings):
     -- sentences are walked through Sentence_articleId_position_idx and the walk stops at the
     -- limit, so the cost follows what this student has already seen, not the size of the bank.
     SELECT g."id", g."siblingKey", g."version", s."articleId", s."position", g."revision"
     FROM "Sentence" s
     CROSS JOIN LATERAL (
       SELECT q."id", q."siblingKey", coalesce(c."version", 0) AS "version",
              ${epochMs(Prisma.sql`q."updatedAt"`)} AS "revision"
       FROM "Question" q
       LEFT JOIN "Card" c ON c."userId" = ${p.userId} AND c."questionId" = q."id"
       WHERE q."sentenceId" = s."id" AND q."retiredAt" IS NULL
         AND (c."questionId" IS NULL OR c."state" = 0)
       ORDER BY q."id"
       LIMIT 1
     ) g
     WHERE ${sentenceFilter}
     ORDER BY s."articleId", s."position"
     LIMIT (SELECT u."newCardsPerDay" * 2 + ${newMargin}::int FROM "User" u WHERE u."id" = ${p.userId})
  ) n) AS "fresh"`;
}

export function questionForStudySql(questionId: string): Prisma.Sql {
  return Prisma.sql`SELECT q."id", q."type"::text AS "type", q."prompt", q."choices", q."articleId",
       q."sentenceId", q."answer", q."sourceQuote"
FROM "Question" q WHERE q."id" = ${questionId} AND q."retiredAt" IS NULL`;
}
