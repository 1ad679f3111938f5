import "server-only";
import type { CardState, ReviewLogData } from "@/app/_domain/scheduling";
import { Prisma } from "../../generated/prisma/client";

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
  logVersionBefore: number;
};

// The user row anchors the join, so every other row is read under the actor's id: a card or a
// log of another user can never come back. `sessionCheck` (sessionCheckSql on alias "u") makes a
// signed-out session come back with no row at all.
export function answerContextSql(
  userId: string,
  questionId: string,
  key: string,
  sessionCheck: Prisma.Sql = Prisma.sql`TRUE`,
): Prisma.Sql {
  return Prisma.sql`SELECT u."desiredRetention", p."parameters" AS "fittedParameters",
  q."id" AS "qId", q."type"::text AS "type", q."answer", q."accepted", q."choices", q."sourceQuote",
  q."articleId", q."sentenceId", (q."retiredAt" IS NOT NULL) AS "retired",
  c."state", c."due", c."stability", c."difficulty", c."scheduledDays", c."learningSteps", c."reps",
  c."lapses", c."lastReview", c."version",
  l."id" AS "logId", l."questionId" AS "logQuestionId", l."payloadHash", l."rating" AS "logRating",
  l."correct" AS "logCorrect", l."dueAfter" AS "logDueAfter", l."versionBefore" AS "logVersionBefore"
FROM "User" u
LEFT JOIN "FsrsParameters" p ON p."userId" = u."id" AND p."inUse"
LEFT JOIN "Question" q ON q."id" = ${questionId}
LEFT JOIN "Card" c ON c."userId" = u."id" AND c."questionId" = ${questionId}
LEFT JOIN "ReviewLog" l ON l."userId" = u."id" AND l."idempotencyKey" = ${key}
WHERE u."id" = ${userId} AND ${sessionCheck}`;
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

/**
 * One statement, so one implicit transaction: upsert the card only if its version is still the
 * one that was read (a first answer inserts it), then insert the review log only if the card was
 * written. A lost race writes nothing (0 rows); a reused idempotency key on another card fails
 * the whole statement on ReviewLog_userId_idempotencyKey_key, so it also writes nothing.
 * Row locks on Card serialise concurrent answers to one card; ON CONFLICT … WHERE re-checks the
 * version against the latest committed row (PostgreSQL docs, INSERT "ON CONFLICT DO UPDATE").
 */
export function writeAnswerSql(w: AnswerWrite): Prisma.Sql {
  const { after, log } = w;
  return Prisma.sql`WITH "card" AS (
  INSERT INTO "Card" AS c ("userId", "questionId", "state", "due", "stability", "difficulty",
    "scheduledDays", "learningSteps", "reps", "lapses", "lastReview", "version")
  VALUES (${w.userId}, ${w.questionId}, ${after.state}::int, ${after.due}::timestamp(3),
    ${after.stability}::float8, ${after.difficulty}::float8, ${after.scheduledDays}::int,
    ${after.learningSteps}::int, ${after.reps}::int, ${after.lapses}::int,
    ${after.lastReview}::timestamp(3), ${after.version}::int)
  ON CONFLICT ("userId", "questionId") DO UPDATE SET "state" = EXCLUDED."state",
    "due" = EXCLUDED."due", "stability" = EXCLUDED."stability", "difficulty" = EXCLUDED."difficulty",
    "scheduledDays" = EXCLUDED."scheduledDays", "learningSteps" = EXCLUDED."learningSteps",
    "reps" = EXCLUDED."reps", "lapses" = EXCLUDED."lapses", "lastReview" = EXCLUDED."lastReview",
    "version" = EXCLUDED."version"
  WHERE c."version" = ${w.expectedVersion}::int
  RETURNING c."version"
), "log" AS (
  INSERT INTO "ReviewLog" ("id", "userId", "questionId", "idempotencyKey", "payloadHash", "rating",
    "response", "correct", "durationMs", "reviewedAt", "stateBefore", "dueBefore", "stabilityBefore",
    "difficultyBefore", "scheduledDaysBefore", "learningStepsBefore", "repsBefore", "lapsesBefore",
    "lastReviewBefore", "versionBefore", "stateAfter", "dueAfter", "stabilityAfter",
    "difficultyAfter", "parameters")
  SELECT ${w.reviewId}, ${w.userId}, ${w.questionId}, ${w.idempotencyKey}, ${w.payloadHash},
    ${log.rating}::int, ${w.response}, ${w.correct}::boolean, ${w.durationMs}::int,
    ${log.reviewedAt}::timestamp(3), ${log.stateBefore}::int, ${log.dueBefore}::timestamp(3),
    ${log.stabilityBefore}::float8, ${log.difficultyBefore}::float8, ${log.scheduledDaysBefore}::int,
    ${log.learningStepsBefore}::int, ${log.repsBefore}::int, ${log.lapsesBefore}::int,
    ${log.lastReviewBefore}::timestamp(3), ${log.versionBefore}::int, ${log.stateAfter}::int,
    ${log.dueAfter}::timestamp(3), ${log.stabilityAfter}::float8, ${log.difficultyAfter}::float8,
    ${log.parameters}::float8[]
  FROM "card"
  RETURNING "id"
)
SELECT count(*)::int AS "logged" FROM "log"`;
}
