import { z } from "zod";
import { readKept, removeKept, safeStorage, writeKept, type DeviceSlot } from "../device-storage";

// What a study session shows besides the card (the answered count and the answer Undo would
// take back) is kept in the tab's sessionStorage, so that going to the article to read a source
// and coming back continues the same session instead of starting at zero without Undo. Per user,
// like the outbox; a session idle for longer than `sessionIdleMs` starts afresh. Undo still asks
// the server, which refuses if that answer is no longer the last one.

export type SessionMemory = { answered: number; lastReviewId: string | null; savedAt: number };

const memorySchema = z.object({
  answered: z.number().int().min(0).max(100_000),
  lastReviewId: z.string().min(1).max(200).nullable(),
  savedAt: z.number().int().min(0),
});

/** Three hours without an answer: a new sitting, counted from zero. */
export const sessionIdleMs = 3 * 3_600_000;

const slotName = (userId: string) => `citecards:study-session:${userId}`;

/** The tab's sessionStorage, or null where the browser refuses it. */
export function tabSlot(): DeviceSlot | null {
  return safeStorage(() => window.sessionStorage);
}

export function rememberSession(
  slot: DeviceSlot | null,
  userId: string,
  memory: SessionMemory,
): void {
  writeKept(slot, slotName(userId), memory);
}

/** The session to continue, or null (none, too old, unreadable). */
export function sessionToContinue(
  slot: DeviceSlot | null,
  userId: string,
  nowMs: number,
): SessionMemory | null {
  const memory = readKept(slot, slotName(userId), memorySchema);
  if (!memory) return null;
  if (nowMs - memory.savedAt > sessionIdleMs || memory.savedAt > nowMs) {
    removeKept(slot, slotName(userId));
    return null;
  }
  return memory;
}
