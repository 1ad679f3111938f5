import { z } from "zod";
import { clampAnswerDuration } from "@/app/_domain/scheduling/answer-duration";
import { readKept, removeKept, writeKept, type DeviceSlot } from "./device-storage";

// A quiz answer the student saved is kept on the device until the server has settled it, as in
// self-study (study/answer-outbox.ts): a phone that loses its signal mid-quiz keeps the answer
// through a reload or a closed tab, and the quiz sends it again, under the same idempotency key,
// when the connection comes back or the quiz next opens. A quiz can have several waiting (the
// student moves on while offline), so each attempt keeps one per question. Kept per user and
// attempt, so an answer is never sent under another account or into another attempt.

export type KeptQuizAnswer = { idempotencyKey: string; response: string; durationMs: number };
export type KeptQuizAnswers = Record<string, KeptQuizAnswer>;

const keptSchema = z.record(
  z.string().min(1).max(200),
  z.object({
    idempotencyKey: z.uuid(),
    response: z.string().max(500),
    // Clamped, not refused: one kept before durations were clamped would drop every answer kept.
    durationMs: z.number().transform(clampAnswerDuration),
  }),
);

const slotName = (userId: string, attemptId: string) =>
  `citecards:unsent-quiz-answers:${userId}:${attemptId}`;

export function keptQuizAnswers(
  slot: DeviceSlot | null,
  userId: string,
  attemptId: string,
): KeptQuizAnswers {
  return readKept(slot, slotName(userId, attemptId), keptSchema) ?? {};
}

/** Keeps the answer to one question; returns every answer of the attempt still kept. */
export function keepQuizAnswer(
  slot: DeviceSlot | null,
  userId: string,
  attemptId: string,
  questionId: string,
  answer: KeptQuizAnswer,
): KeptQuizAnswers {
  const kept = { ...keptQuizAnswers(slot, userId, attemptId), [questionId]: answer };
  writeKept(slot, slotName(userId, attemptId), kept);
  return kept;
}

/** Forgets a question's kept answer if it is this one; returns what is still kept. */
export function forgetQuizAnswer(
  slot: DeviceSlot | null,
  userId: string,
  attemptId: string,
  questionId: string,
  idempotencyKey: string,
): KeptQuizAnswers {
  const kept = keptQuizAnswers(slot, userId, attemptId);
  if (kept[questionId]?.idempotencyKey !== idempotencyKey) return kept;
  const { [questionId]: _settled, ...rest } = kept;
  if (Object.keys(rest).length === 0) removeKept(slot, slotName(userId, attemptId));
  else writeKept(slot, slotName(userId, attemptId), rest);
  return rest;
}
