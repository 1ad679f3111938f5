import "server-only";
import type { CardState, ReviewLogData } from "@/app/_domain/scheduling";
import { Prisma } from "../../generated/prisma/client";
import { sessionRowCheckSql } from "../sessions/session-check-sql";

/** Everything recordAnswer reads, in one statement: settings, question, card, earlier log. */
export type AnswerContext = {
  desiredRetention: number;
  /** The student's fitted FSRS parameters when they beat the defaults (FsrsParameters.inUse). */
  fittedParameters: number[] | null;
  qId: string | null;
  type: string | null;
  answer: string;
  accepted: string[];
  choices: string[];
  sourceQuote: string;
  articleId: string;
  sentenceId: string;
  retired: boolean | null;
  state: number | null;
  due: Date | null;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
  version: number | null;
  logId: string | null;
  logQuestionId: string;
  payloadHash: string | null;
  logRating: number;
  logCorrect: boolean | null;
  logDueAfter: Date;
  logReviewedAt: Date;
  logVersionBefore: number;
};

/** One answer's read: whose, which question, under which key, and the session to check. */
export type ContextRequest = {
  userId: string;
  questionId: string;
  idempotencyKey: string;
  /** The claimed session to check in the statement; null for a user already checked. */
  sessionId: string | null;
  now: Date;
};

// One statement for any number of answers (statement-batcher.ts), their requests in one JSON
// parameter, so the text never changes and is prepared once. The user row anchors each request's
// joins, so every other row is read under that request's user id: a card or a log of another user
// can never come back. A request whose claimed session no longer counts comes back with no row.
export function answerContextsSql(requests: ContextRequest[]): Prisma.Sql {
  const rows = requests.map((request, i) => ({ i, ...request }));
  // LATERAL: each request's rows are found by index lookups keyed by that request. A plain join
  // lets the planner, which guesses 100 input rows, hash the whole User table instead (2.2 ms
  // rather than 0.1 ms for one request on the benchmark data).
  return Prisma.sql`SELECT r."i", x.*
FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("i" int, "userId" text,
  "questionId" text, "idempotencyKey" text, "sessionId" text, "now" timestamp(3))
CROSS JOIN LATERAL (
  SELECT u."desiredRetention", p."parameters" AS "fittedParameters",
    q."id" AS "qId", q."type"::text AS "type", q."answer", q."accepted", q."choices",
    q."sourceQuote", q."articleId", q."sentenceId", (q."retiredAt" IS NOT NULL) AS "retired",
    c."state", c."due", c."stability", c."difficulty", c."scheduledDays", c."learningSteps",
    c."reps", c."lapses", c."lastReview", c."version",
    l."id" AS "logId", l."questionId" AS "logQuestionId", l."payloadHash",
    l."rating" AS "logRating", l."correct" AS "logCorrect", l."dueAfter" AS "logDueAfter",
    l."reviewedAt" AS "logReviewedAt", l."versionBefore" AS "logVersionBefore"
  FROM "User" u
  LEFT JOIN "FsrsParameters" p ON p."userId" = u."id" AND p."inUse"
  LEFT JOIN "Question" q ON q."id" = r."questionId"
  LEFT JOIN "Card" c ON c."userId" = u."id" AND c."questionId" = r."questionId"
  LEFT JOIN "ReviewLog" l ON l."userId" = u."id" AND l."idempotencyKey" = r."idempotencyKey"
  WHERE u."id" = r."userId" AND (r."sessionId" IS NULL OR ${sessionRowCheckSql("u", "r")})
) x`;
}

export type AnswerWrite = {
  reviewId: string;
  userId: string;
  questionId: string;
  idempotencyKey: string;
  payloadHash: string;
  response: string;
  correct: boolean | null;
  durationMs: number;
  /** The version the card had when read; the write happens only if it still has it. */
  expectedVersion: number;
  after: CardState;
  log: ReviewLogData;
};

// The columns of one answer's write, as jsonb_to_recordset reads them.
const writeColumns = `"reviewId" text, "userId" text, "questionId" text, "idempotencyKey" text,
  "payloadHash" text, "response" text, "correct" boolean, "durationMs" int, "state" int,
  "due" timestamp(3), "stability" float8, "difficulty" float8, "scheduledDays" int,
  "learningSteps" int, "reps" int, "lapses" int, "lastReview" timestamp(3), "version" int,
  "rating" int, "reviewedAt" timestamp(3), "stateBefore" int, "dueBefore" timestamp(3),
  "stabilityBefore" float8, "difficultyBefore" float8, "scheduledDaysBefore" int,
  "learningStepsBefore" int, "repsBefore" int, "lapsesBefore" int, "lastReviewBefore" timestamp(3),
  "versionBefore" int, "stateAfter" int, "dueAfter" timestamp(3), "stabilityAfter" float8,
  "difficultyAfter" float8, "parameters" float8[]`;

function writeRow(w: AnswerWrite) {
  // The card is written only if it still has the version it was read at: after.version is always
  // that version + 1 (scheduleAnswer), which is what the statement's ON CONFLICT … WHERE compares.
  if (w.after.version !== w.expectedVersion + 1) {
    throw new Error(`Card version ${w.after.version} does not follow ${w.expectedVersion}.`);
  }
  const { reviewId, userId, questionId, idempotencyKey, payloadHash, response, correct } = w;
  return {
    reviewId,
    userId,
    questionId,
    idempotencyKey,
    payloadHash,
    response,
    correct,
    durationMs: w.durationMs,
    ...w.after,
    ...w.log,
  };
}

/**
 * One statement, so one implicit transaction, for any number of answers (statement-batcher.ts):
 * upsert each card only if its version is still the one that was read (a first answer inserts
 * it), then insert the review log of each card written. Returns the review ids written; an answer
 * that lost a race is simply missing. A reused idempotency key fails the whole statement on
 * ReviewLog_userId_idempotencyKey_key, and so does one card twice in the same statement: either
 * way nothing was written, and the batcher runs each answer again alone.
 * Row locks on Card serialise concurrent answers to one card, taken in (user, question) order so
 * that two statements never wait on each other; ON CONFLICT … WHERE re-checks the version against
 * the latest committed row (PostgreSQL docs, INSERT "ON CONFLICT DO UPDATE").
 */
export function writeAnswersSql(writes: AnswerWrite[]): Prisma.Sql {
  const rows = JSON.stringify(writes.map(writeRow));
  return Prisma.sql`WITH "input" AS (
  SELECT * FROM jsonb_to_recordset(${rows}::jsonb) AS r(${Prisma.raw(writeColumns)})
), "card" AS (
  INSERT INTO "Card" AS c ("userId", "questionId", "state", "due", "stability", "difficulty",
    "scheduledDays", "learningSteps", "reps", "lapses", "lastReview", "version")
  SELECT "userId", "questionId", "state", "due", "stability", "difficulty", "scheduledDays",
    "learningSteps", "reps", "lapses", "lastReview", "version"
  FROM "input" ORDER BY "userId", "questionId"
  ON CONFLICT ("userId", "questionId") DO UPDATE SET "state" = EXCLUDED."state",
    "due" = EXCLUDED."due", "stability" = EXCLUDED."stability", "difficulty" = EXCLUDED."difficulty",
    "scheduledDays" = EXCLUDED."scheduledDays", "learningSteps" = EXCLUDED."learningSteps",
    "reps" = EXCLUDED."reps", "lapses" = EXCLUDED."lapses", "lastReview" = EXCLUDED."lastReview",
    "version" = EXCLUDED."version"
  WHERE c."version" = EXCLUDED."version" - 1
  RETURNING c."userId", c."questionId"
)
INSERT INTO "ReviewLog" ("id", "userId", "questionId", "idempotencyKey", "payloadHash", "rating",
  "response", "correct", "durationMs", "reviewedAt", "stateBefore", "dueBefore", "stabilityBefore",
  "difficultyBefore", "scheduledDaysBefore", "learningStepsBefore", "repsBefore", "lapsesBefore",
  "lastReviewBefore", "versionBefore", "stateAfter", "dueAfter", "stabilityAfter",
  "difficultyAfter", "parameters")
SELECT i."reviewId", i."userId", i."questionId", i."idempotencyKey", i."payloadHash", i."rating",
  i."response", i."correct", i."durationMs", i."reviewedAt", i."stateBefore", i."dueBefore",
  i."stabilityBefore", i."difficultyBefore", i."scheduledDaysBefore", i."learningStepsBefore",
  i."repsBefore", i."lapsesBefore", i."lastReviewBefore", i."versionBefore", i."stateAfter",
  i."dueAfter", i."stabilityAfter", i."difficultyAfter", i."parameters"
FROM "input" i JOIN "card" USING ("userId", "questionId")
RETURNING "id" AS "reviewId"`;
}
