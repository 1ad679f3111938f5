import { z } from "zod";
import { clampAnswerDuration } from "@/app/_domain/scheduling/answer-duration";
import { readKept, removeKept, writeKept, type DeviceSlot } from "../device-storage";
import type { PendingAnswer } from "./study-api";

// The answer being sent is kept on the device until the server has settled it, so that an answer
// given on a train without signal survives a reload or a closed tab and is sent again when the
// study screen next opens, under the same idempotency key: however often it is sent, the server
// records it once. One slot per user: the screen asks for the next question only once the last
// answer is settled, so there is never more than one. Kept per user id, so that an answer is
// never sent under somebody else's account on a shared device.

export { deviceSlot } from "../device-storage";

const keptSchema = z.object({
  idempotencyKey: z.uuid(),
  questionId: z.string().min(1).max(200),
  response: z.string().max(2000),
  // Clamped, not refused: one kept before durations were clamped is still sent, and accepted.
  durationMs: z.number().transform(clampAnswerDuration),
  cardVersion: z.number().int().min(0),
  selfRating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
});

const slotName = (userId: string) => `citecards:unsent-answer:${userId}`;

/** Where the browser refuses storage (slot null) the answer lives in memory only, as before. */
export function keepAnswer(slot: DeviceSlot | null, userId: string, answer: PendingAnswer): void {
  writeKept(slot, slotName(userId), answer);
}

export function keptAnswer(slot: DeviceSlot | null, userId: string): PendingAnswer | null {
  return readKept(slot, slotName(userId), keptSchema);
}

/** Forgets the kept answer if it is this one (a newer one is left alone). */
export function forgetAnswer(
  slot: DeviceSlot | null,
  userId: string,
  idempotencyKey: string,
): void {
  if (keptAnswer(slot, userId)?.idempotencyKey !== idempotencyKey) return;
  removeKept(slot, slotName(userId));
}

/** Refusals that sending again cannot change: the answer is settled and is forgotten. Anything
 * else (no connection, a server error, a signed-out session) keeps it for another try. */
export function isFinalRefusal(code: string): boolean {
  return ["stale", "conflict", "not_found", "bad_input", "forbidden"].includes(code);
}
