import { z } from "zod";
import type { PendingAnswer } from "./study-api";

// The answer being sent is kept on the device until the server has settled it, so that an answer
// given on a train without signal survives a reload or a closed tab and is sent again when the
// study screen next opens, under the same idempotency key: however often it is sent, the server
// records it once. One slot per user: the screen asks for the next question only once the last
// answer is settled, so there is never more than one. Kept per user id, so that an answer is
// never sent under somebody else's account on a shared device.

export type AnswerSlot = Pick<Storage, "getItem" | "setItem" | "removeItem">;

// What was written by an older version of the page, or edited by hand, is dropped, not sent.
const keptSchema = z.object({
  idempotencyKey: z.uuid(),
  questionId: z.string().min(1).max(200),
  response: z.string().max(2000),
  durationMs: z.number().int().min(0),
  cardVersion: z.number().int().min(0),
  selfRating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
});

const slotName = (userId: string) => `citecards:unsent-answer:${userId}`;

/** localStorage, or null where the browser refuses it (some private modes): then the answer lives
 * in memory only, as before. */
export function deviceSlot(): AnswerSlot | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function keepAnswer(slot: AnswerSlot | null, userId: string, answer: PendingAnswer): void {
  try {
    slot?.setItem(slotName(userId), JSON.stringify(answer));
  } catch {
    // Storage full or refused: the answer is still held in memory and can be retried from there.
  }
}

export function keptAnswer(slot: AnswerSlot | null, userId: string): PendingAnswer | null {
  const text = safely(() => slot?.getItem(slotName(userId)) ?? null);
  if (!text) return null;
  const parsed = keptSchema.safeParse(safely(() => JSON.parse(text) as unknown));
  if (parsed.success) return parsed.data;
  safely(() => slot?.removeItem(slotName(userId)));
  return null;
}

/** Forgets the kept answer if it is this one (a newer one is left alone). */
export function forgetAnswer(
  slot: AnswerSlot | null,
  userId: string,
  idempotencyKey: string,
): void {
  if (keptAnswer(slot, userId)?.idempotencyKey !== idempotencyKey) return;
  safely(() => slot?.removeItem(slotName(userId)));
}

function safely<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/** Refusals that sending again cannot change: the answer is settled and is forgotten. Anything
 * else (no connection, a server error, a signed-out session) keeps it for another try. */
export function isFinalRefusal(code: string): boolean {
  return ["stale", "conflict", "not_found", "bad_input", "forbidden"].includes(code);
}
