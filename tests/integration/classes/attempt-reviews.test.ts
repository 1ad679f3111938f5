import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/app/_server/db";
import { recordAttemptAnswer } from "@/app/_server/data/attempts/record-attempt-answer";
import { startAttempt } from "@/app/_server/data/attempts/start-attempt";
import { reviewKeyFor } from "@/app/_server/data/attempts/update-study-card";
import {
  HOUR,
  at,
  makeActor,
  makeAssignment,
  makeClassWith,
  makeQuestions,
} from "@/tests/factories/classes";

async function quizInProgress() {
  const teacher = await makeActor("teacher");
  const student = await makeActor("student");
  const questions = await makeQuestions(2);
  const klass = await makeClassWith(teacher, [student]);
  const { assignment } = await makeAssignment({
    teacher,
    classId: klass.id,
    questionIds: questions.map((q) => q.id),
  });
  const { attemptId } = await startAttempt({
    actor: student,
    assignmentId: assignment.id,
    now: at(HOUR),
  });
  return { student, questions, attemptId };
}

async function reviewsOf(userId: string, questionId: string) {
  const db = await prisma();
  const logs = await db.reviewLog.findMany({
    where: { userId, questionId },
    select: { idempotencyKey: true, correct: true },
  });
  const card = await db.card.findUnique({
    where: { userId_questionId: { userId, questionId } },
    select: { version: true, reps: true },
  });
  return { logs, card };
}

describe("a quiz answer as a review of the student's card", () => {
  it("records one review and advances the card once, however often the answer is retried", async () => {
    const { student, questions, attemptId } = await quizInProgress();
    const question = questions[0]!;
    const input = {
      attemptId,
      questionId: question.id,
      response: question.wrong,
      idempotencyKey: randomUUID(),
      durationMs: 4000,
    };
    await Promise.all(
      Array.from({ length: 5 }, () =>
        recordAttemptAnswer({ actor: student, input, now: at(HOUR + 1000) }),
      ),
    );
    await recordAttemptAnswer({ actor: student, input, now: at(HOUR + 5000) });
    expect(await reviewsOf(student.id, question.id)).toEqual({
      logs: [{ idempotencyKey: reviewKeyFor(input.idempotencyKey), correct: false }],
      card: { version: 1, reps: 1 },
    });
  });

  it("gives each answer key its own well-formed review key", () => {
    const key = reviewKeyFor("k-1");
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(reviewKeyFor("k-1")).toBe(key);
    expect(reviewKeyFor("k-2")).not.toBe(key);
  });
});
