import "server-only";
import { z } from "zod";
import type { CurrentUser } from "../../current-user";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { Prisma } from "../../generated/prisma/client";
import { isUniqueViolationError } from "../study/database-errors";
import { notFound, parse, requireStudent, type Actor } from "../classes/access";
import { gradeQuestionResponse } from "@/app/_domain/grading";
import { MAX_ANSWER_DURATION_MS } from "@/app/_domain/scheduling";
import { removedByTeacher } from "./start-attempt";
import { updateStudyCard } from "./update-study-card";
import { storableText } from "../../storable-text";

export const answerSchema = z.object({
  attemptId: z.string().min(1).max(200),
  questionId: z.string().min(1).max(200),
  response: storableText(
    z.string().max(500, "Keep the answer under 500 characters."),
    "The answer",
  ),
  idempotencyKey: z.string().min(8).max(100),
  durationMs: z.number().int().min(0).max(MAX_ANSWER_DURATION_MS),
});

export type RecordedAnswer = { questionId: string; correct: boolean; replayed: boolean };

// Network round trips after the deadline should not cost a student the answer they gave in time.
export const DEADLINE_GRACE_MS = 10_000;

type Db = Awaited<ReturnType<typeof prisma>>;
type Answer = z.infer<typeof answerSchema>;

// The same key with the same answer is a retry and gets the first result; the same key with a
// different answer is a client bug and is refused.
async function replayOf(db: Db, userId: string, input: Answer): Promise<RecordedAnswer | null> {
  const first = await db.attemptAnswer.findUnique({
    where: { userId_idempotencyKey: { userId, idempotencyKey: input.idempotencyKey } },
    select: { attemptId: true, questionId: true, response: true, correct: true },
  });
  if (!first) return null;
  if (
    first.attemptId !== input.attemptId ||
    first.questionId !== input.questionId ||
    first.response !== input.response
  )
    throw new AppError("conflict", {
      userMessage: "This answer was already sent with different content. Reload the page.",
    });
  return { questionId: first.questionId, correct: first.correct, replayed: true };
}

// Why an answer was not inserted (insertAnswerSql matched no open attempt), told from the
// attempt as it is now.
async function refusal(db: Db, userId: string, input: Answer, now: Date): Promise<AppError | null> {
  const attempt = await db.attempt.findFirst({
    where: { id: input.attemptId, userId },
    select: {
      submittedAt: true,
      deadlineAt: true,
      questionIds: true,
      assignment: { select: { archivedAt: true } },
    },
  });
  if (!attempt || !attempt.questionIds.includes(input.questionId)) return notFound("question");
  // Removal submits the attempts in progress, so say why rather than "already submitted".
  if (attempt.assignment.archivedAt) return removedByTeacher();
  if (attempt.submittedAt)
    return new AppError("conflict", { userMessage: "This attempt is already submitted." });
  if (attempt.deadlineAt && now.getTime() > attempt.deadlineAt.getTime() + DEADLINE_GRACE_MS)
    return new AppError("conflict", {
      userMessage: "Time is up: this answer came after the time limit.",
    });
  // None holds any more: the assignment was removed and restored in between, before the removal
  // closed this attempt. The attempt is open, so the insert is tried again (recordAttemptAnswer).
  return null;
}

type Insert = Answer & { userId: string; correct: boolean; now: Date };

// Checks that the attempt takes this answer and inserts it, in one statement. The attempt row is
// held FOR SHARE until the statement commits, and every path that submits an attempt locks the row
// FOR UPDATE before it counts the answers (submit-attempt.ts): so either this answer is in before
// the count, or the submission committed first and PostgreSQL, re-checking the row once the lock
// is free, finds it submitted and inserts nothing. Answers to one attempt do not wait for each
// other (FOR SHARE does not conflict with FOR SHARE).
function insertAnswerSql(row: Insert): Prisma.Sql {
  const lastInTime = new Date(row.now.getTime() - DEADLINE_GRACE_MS);
  return Prisma.sql`WITH "open" AS (
  SELECT a."id" FROM "Attempt" a JOIN "Assignment" s ON s."id" = a."assignmentId"
  WHERE a."id" = ${row.attemptId} AND a."userId" = ${row.userId} AND a."submittedAt" IS NULL
    AND ${row.questionId}::text = ANY(a."questionIds") AND s."archivedAt" IS NULL
    AND (a."deadlineAt" IS NULL OR a."deadlineAt" >= ${lastInTime}::timestamp(3))
  FOR SHARE OF a
)
INSERT INTO "AttemptAnswer" ("attemptId", "questionId", "userId", "idempotencyKey", "response",
  "correct", "durationMs", "answeredAt")
SELECT o."id", ${row.questionId}::text, ${row.userId}::text, ${row.idempotencyKey}::text,
  ${row.response}::text, ${row.correct}::boolean, ${row.durationMs}::int, ${row.now}::timestamp(3)
FROM "open" o
RETURNING "attemptId"`;
}

/**
 * Grades and stores one answer of an attempt. Decision: an answer is final — one per question
 * per attempt (the table's primary key) — because it also counts as a review of the student's
 * FSRS card, and a changed answer would review the card twice. A second, different answer to the
 * same question is refused; practice mode asks again in the next round instead.
 */
export async function recordAttemptAnswer(options: {
  actor: Actor;
  input: unknown;
  now: Date;
}): Promise<RecordedAnswer> {
  const student = requireStudent(options.actor);
  const input = parse(answerSchema, options.input);
  const db = await prisma();
  const replay = await replayOf(db, student.id, input);
  // A replay makes sure the review was recorded too (the first call may have stopped before it).
  if (replay) return withReview(student, input, options.now, replay);
  const question = await db.question.findUnique({
    where: { id: input.questionId },
    select: { type: true, answer: true, accepted: true, choices: true },
  });
  if (!question) throw notFound("question");
  const correct = gradeQuestionResponse(question, input.response);
  const row = { ...input, userId: student.id, correct, now: options.now };
  // A refusal the client would forget the answer over is told; one that no longer holds (the
  // attempt is open again) is the insert's race with a removal and a restore: tried once more.
  for (let tries = 0; ; tries++) {
    let inserted: { attemptId: string }[];
    try {
      inserted = await db.$queryRaw<{ attemptId: string }[]>(insertAnswerSql(row));
    } catch (error) {
      if (!isUniqueViolationError(error)) throw error;
      const raced = await replayOf(db, student.id, input);
      if (raced) return withReview(student, input, options.now, raced);
      throw new AppError("conflict", { userMessage: "You already answered this question." });
    }
    if (inserted.length > 0) break;
    const reason = await refusal(db, student.id, input, options.now);
    if (reason) throw reason;
    if (tries > 0)
      throw new AppError("rate_limited", {
        userMessage: "The answer could not be saved just now; it is kept and sent again.",
      });
  }
  return withReview(student, input, options.now, {
    questionId: input.questionId,
    correct,
    replayed: false,
  });
}

async function withReview(
  actor: CurrentUser,
  input: Answer,
  now: Date,
  recorded: RecordedAnswer,
): Promise<RecordedAnswer> {
  await updateStudyCard({
    actor,
    questionId: input.questionId,
    attemptAnswerKey: input.idempotencyKey,
    response: input.response,
    durationMs: input.durationMs,
    answeredAt: now,
  });
  return recorded;
}
