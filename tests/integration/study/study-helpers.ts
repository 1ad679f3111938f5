import { randomUUID } from "node:crypto";
import { prisma } from "@/app/_server/db";
import type { CurrentUser } from "@/app/_server/current-user";
import { recordAnswer, type RecordAnswerOptions } from "@/app/_server/data/study/record-answer";
import { makeUser } from "@/tests/factories/users";

// Shared by the study tests: a fixed clock and short ways to answer and to read rows back.
export const t0 = new Date("2026-03-10T12:00:00.000Z");
export const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
export const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);

export async function makeStudent(): Promise<CurrentUser> {
  return makeUser({ role: "student" });
}

export function answer(
  actor: CurrentUser,
  questionId: string,
  overrides: Partial<Omit<RecordAnswerOptions, "actor" | "questionId">> = {},
) {
  return recordAnswer({
    actor,
    questionId,
    idempotencyKey: randomUUID(),
    response: "",
    durationMs: 8000,
    cardVersion: 0,
    now: t0,
    ...overrides,
  });
}

export async function cardOf(userId: string, questionId: string) {
  return (await prisma()).card.findUnique({
    where: { userId_questionId: { userId, questionId } },
    select: {
      state: true,
      due: true,
      stability: true,
      difficulty: true,
      scheduledDays: true,
      learningSteps: true,
      reps: true,
      lapses: true,
      lastReview: true,
      version: true,
    },
  });
}

export async function logsOf(userId: string) {
  return (await prisma()).reviewLog.findMany({
    where: { userId },
    orderBy: { reviewedAt: "asc" },
    select: {
      id: true,
      questionId: true,
      rating: true,
      correct: true,
      undoneAt: true,
      stateBefore: true,
      versionBefore: true,
      stateAfter: true,
      response: true,
    },
  });
}
