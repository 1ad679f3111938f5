import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { sessionRowCheckSql } from "../sessions/session-check-sql";
import { contentGenerationSql } from "./new-frontier";

// Everything the queue needs, in one statement (one round trip), as four JSON values:
// the user's limits and zone, today's answers, the due cards and the candidate new questions.
// The study day depends on the user's zone, which this same statement reads, so the windows are
// generous (a study day is at most 25 hours, DST included) and the exact day is applied in JS.
//
// Due cards come from two index scans, each in due order with a LIMIT: review cards through
// Card_userId_due_idx, and cards in learning steps through Card_userId_due_learning_idx, which
// holds only those. The cost follows the cards due today, not all of the user's cards, and a
// backlog of overdue reviews larger than the review LIMIT cannot hide a learning step due now
// (buildStudyQueue shows those whatever the limits). tests/integration/study/queue-index.test.ts
// checks the plan with EXPLAIN.

/** One next-card request's queue read. */
export type QueueRequest = {
  userId: string;
  /** Due cards before this instant (end of the latest possible study day). */
  dueBefore: Date;
  /** Answers at or after this instant (start of the earliest possible study day). */
  answeredSince: Date;
  articleIds: readonly string[] | null;
  /** The claimed session to check in the statement (no row comes back when it fails); null for a
   * user already checked. */
  sessionId: string | null;
  now: Date;
};

// Room above the daily limits for cards held back as siblings of something seen today.
const dueMargin = 200;
const newMargin = 50;

// The two kinds of due card, as literals: the learning index's predicate must be the statement's
// own condition for the planner to use it, and a parameter would not prove it (generic plans).
const reviewState = Prisma.raw(`c."state" = 2`);
const learningStates = Prisma.raw(`c."state" IN (1, 3)`);

const epochMs = (column: Prisma.Sql) => Prisma.sql`(extract(epoch FROM ${column}) * 1000)::float8`;

/**
 * The queue reads of any number of requests in one statement (statement-batcher.ts), their
 * parameters in one JSON value so that the text stays the same; each row comes back with its
 * request's index "i". All requests of one statement must agree on whether they choose articles
 * (`chosenArticles`): the two cases are two texts, so that chosen articles are an index condition
 * of the sentence walk instead of a filter over every sentence of the bank.
 */
export function queueInputsSql(requests: QueueRequest[], chosenArticles: boolean): Prisma.Sql {
  const rows = JSON.stringify(requests.map((request, i) => ({ i, ...request })));
  const articleFilter = Prisma.sql`(r."articleIds" IS NULL OR q."articleId" = ANY(r."articleIds"))`;
  const sentenceFilter = chosenArticles
    ? Prisma.sql`s."articleId" = ANY(r."articleIds")`
    : Prisma.sql`TRUE`;
  return Prisma.sql`SELECT r."i", f."articleId" AS "frontierArticle",
  f."position" AS "frontierPosition", f."version" AS "frontierVersion",
  cg."generation" AS "contentGeneration",
  -- Just past the last sentence: where the frontier goes when a walk from it finds nothing new.
  (SELECT json_build_object('articleId', s."articleId", 'position', s."position" + 1)
     FROM "Sentence" s ORDER BY s."articleId" DESC, s."position" DESC LIMIT 1) AS "walkEnd",
  (SELECT json_build_object('newCardsPerDay', u."newCardsPerDay", 'reviewsPerDay', u."reviewsPerDay",
                            'timeZone', u."timeZone", 'extraNewCards', u."extraNewCards",
                            'extraNewDay', u."extraNewDay")
     FROM "User" u
     WHERE u."id" = r."userId" AND (r."sessionId" IS NULL OR ${sessionRowCheckSql("u", "r")})
  ) AS "settings",
  (SELECT coalesce(json_agg(t), '[]'::json) FROM (
     -- In reviewedAt order, so even a planner without statistics reads ReviewLog_userId_reviewedAt_idx.
     SELECT ${epochMs(Prisma.sql`l."reviewedAt"`)} AS "at", l."stateBefore", q."siblingKey"
     FROM "ReviewLog" l JOIN "Question" q ON q."id" = l."questionId"
     WHERE l."userId" = r."userId" AND l."reviewedAt" >= r."answeredSince"
       AND l."undoneAt" IS NULL
     ORDER BY l."reviewedAt"
  ) t) AS "today",
  (SELECT coalesce(json_agg(d), '[]'::json) FROM (
     (${dueCardsSql(reviewState, Prisma.sql`u."reviewsPerDay" + ${dueMargin}::int`, articleFilter)})
     UNION ALL
     -- Learning steps count against no limit (buildStudyQueue): bounded by a day's new cards and
     -- a day's lapsed reviews, with the same room. The earliest come first, the rest as they go.
     (${dueCardsSql(
       learningStates,
       Prisma.sql`u."newCardsPerDay" + u."extraNewCards" + u."reviewsPerDay" + ${dueMargin}::int`,
       articleFilter,
     )})
  ) d) AS "due",
  (SELECT coalesce(json_agg(n), '[]'::json) FROM (
     -- New questions in reading order, one per sentence (a sentence's questions are siblings):
     -- sentences are walked through Sentence_articleId_position_idx from the user's frontier
     -- (nothing before it is new to them; new-frontier.ts) and the walk stops at the limit, so
     -- the cost follows neither the size of the bank nor how much of it the user has studied.
     -- "walkOrder" numbers them in the walk's order, which is the database's collation of article
     -- ids (it may not be JavaScript's), as json_agg promises no order of its own.
     SELECT g."id", g."siblingKey", g."version", s."articleId", s."position", g."revision",
            row_number() OVER (ORDER BY s."articleId", s."position")::int AS "walkOrder"
     FROM "Sentence" s
     CROSS JOIN LATERAL (
       SELECT q."id", q."siblingKey", coalesce(c."version", 0) AS "version",
              ${epochMs(Prisma.sql`q."updatedAt"`)} AS "revision"
       FROM "Question" q
       LEFT JOIN "Card" c ON c."userId" = r."userId" AND c."questionId" = q."id"
       WHERE q."sentenceId" = s."id" AND q."retiredAt" IS NULL
         AND (c."questionId" IS NULL OR c."state" = 0)
       ORDER BY q."id"
       LIMIT 1
     ) g
     WHERE ${sentenceFilter}
       AND (s."articleId", s."position") >= (coalesce(f."articleId", ''), coalesce(f."position", -1))
     ORDER BY s."articleId", s."position"
     -- An allowance above the limit counts on its own study day only (list-due-cards.ts); here,
     -- where the user's day is not known yet, on any day it could be, so that a stale one does
     -- not lengthen every later walk.
     LIMIT (SELECT (u."newCardsPerDay"
                    + CASE WHEN u."extraNewDay" >= to_char(r."now" - interval '2 days', 'YYYY-MM-DD')
                           THEN u."extraNewCards" ELSE 0 END) * 2 + ${newMargin}::int
            FROM "User" u WHERE u."id" = r."userId")
  ) n) AS "fresh"
FROM jsonb_to_recordset(${rows}::jsonb) AS r("i" int, "userId" text, "dueBefore" timestamp(3),
  "answeredSince" timestamp(3), "articleIds" text[], "sessionId" text, "now" timestamp(3))
CROSS JOIN (SELECT ${contentGenerationSql} AS "generation") cg
-- Each request's frontier by primary key: a join lets the planner hash the whole table, one row per
-- user, on every statement; OFFSET 0 keeps it from flattening the LATERAL into that join. A
-- frontier found in an earlier content generation is void: the walk starts at the beginning.
LEFT JOIN LATERAL (
  SELECT f."version",
    CASE WHEN f."generation" = cg."generation" THEN f."articleId" END AS "articleId",
    CASE WHEN f."generation" = cg."generation" THEN f."position" END AS "position"
  FROM "NewQuestionFrontier" f WHERE f."userId" = r."userId" OFFSET 0) f ON TRUE`;
}

/** Due cards of one kind (`states`, a condition on c), in due order up to `limit` (an expression
 * on the user's row u), each with its question by primary key. */
function dueCardsSql(states: Prisma.Sql, limit: Prisma.Sql, articleFilter: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT c."questionId" AS "id", c."state", ${epochMs(Prisma.sql`c."due"`)} AS "due",
            c."version", q."siblingKey", ${epochMs(Prisma.sql`q."updatedAt"`)} AS "revision"
     FROM "Card" c
     -- Each card's question by primary key. OFFSET 0 keeps the planner from probing Question by
     -- articleId instead, which it does when it has no statistics (PGlite runs no autovacuum).
     CROSS JOIN LATERAL (SELECT q."siblingKey", q."articleId", q."retiredAt", q."updatedAt"
                         FROM "Question" q
                         WHERE q."id" = c."questionId" OFFSET 0) q
     WHERE c."userId" = r."userId" AND c."due" < r."dueBefore" AND ${states}
       AND q."retiredAt" IS NULL AND ${articleFilter}
     ORDER BY c."due"
     LIMIT (SELECT ${limit} FROM "User" u WHERE u."id" = r."userId")`;
}

export function questionForStudySql(questionId: string): Prisma.Sql {
  return Prisma.sql`SELECT q."id", q."type"::text AS "type", q."prompt", q."choices", q."articleId",
       q."sentenceId", q."answer", q."sourceQuote"
FROM "Question" q WHERE q."id" = ${questionId} AND q."retiredAt" IS NULL`;
}
