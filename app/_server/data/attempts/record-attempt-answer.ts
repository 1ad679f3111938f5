import "server-only";
import { z } from "zod";
import type { CurrentUser } from "../../current-user";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { isUniqueViolation } from "../prisma-errors";
import { notFound, parse, requireStudent, type Actor } from "../classes/access";
import { gradeQuestionResponse } from "@/app/_domain/grading";
import { MAX_ANSWER_DURATION_MS } from "@/app/_domain/scheduling";
import { removedByTeacher } from "./start-attempt";
import { updateStudyCard } from "./update-study-card";
import { storableText } from "../../storable-text";

export const answerSchema = z.object({
  attemptId: z.string().min(1).max(200),
  questionId: z.string().min(1).max(200),
  response: storableText(z.string().max(500, "Keep the answer under 500 characters.")),
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

async function checkAttempt(db: Db, userId: string, input: Answer, now: Date) {
  const attempt = await db.attempt.findFirst({
    where: { id: input.attemptId, userId },
    select: {
      submittedAt: true,
      deadlineAt: true,
      questionIds: true,
      assignment: { select: { archivedAt: true } },
    },
  });
  if (!attempt || !attempt.questionIds.includes(input.questionId)) throw notFound("question");
  // Removal submits the attempts in progress, so say why rather than "already submitted".
  if (attempt.assignment.archivedAt) throw removedByTeacher();
  if (attempt.submittedAt)
    throw new AppError("conflict", { userMessage: "This attempt is already submitted." });
  if (attempt.deadlineAt && now.getTime() > attempt.deadlineAt.getTime() + DEADLINE_GRACE_MS)
    throw new AppError("conflict", {
      userMessage: "Time is up: this answer came after the time limit.",
    });
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
  await checkAttempt(db, student.id, input, options.now);
  const question = await db.question.findUniqueOrThrow({
    where: { id: input.questionId },
    select: { type: true, answer: true, accepted: true, choices: true },
  });
  const correct = gradeQuestionResponse(question, input.response);
  try {
    await db.attemptAnswer.create({
      data: { ...input, userId: student.id, correct, answeredAt: options.now },
      select: { attemptId: true },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const raced = await replayOf(db, student.id, input);
    if (raced) return withReview(student, input, options.now, raced);
    throw new AppError("conflict", { userMessage: "You already answered this question." });
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
