import { describe, expect, it } from "vitest";
import {
  rememberSession,
  sessionIdleMs,
  sessionToContinue,
} from "@/app/_components/study/session-memory";
import { memorySlot } from "@/tests/support/memory-slot";

const now = Date.parse("2026-11-28T15:00:00Z");

describe("the study session kept while the student reads a source", () => {
  it("goes on with the same count and the answer Undo would take back, for the same user only", () => {
    const slot = memorySlot();
    rememberSession(slot, "u1", { answered: 7, lastReviewId: "r7", savedAt: now - 60_000 });
    expect(sessionToContinue(slot, "u1", now)).toEqual({
      answered: 7,
      lastReviewId: "r7",
      savedAt: now - 60_000,
    });
    expect(sessionToContinue(slot, "u2", now)).toBeNull();
  });

  it("starts afresh after three idle hours, or when the saved time is in the future", () => {
    const slot = memorySlot();
    rememberSession(slot, "u1", { answered: 3, lastReviewId: null, savedAt: now - sessionIdleMs });
    expect(sessionToContinue(slot, "u1", now)).not.toBeNull();
    expect(sessionToContinue(slot, "u1", now + 1)).toBeNull();
    expect(slot.items.size).toBe(0);
    rememberSession(slot, "u1", { answered: 3, lastReviewId: null, savedAt: now + 60_000 });
    expect(sessionToContinue(slot, "u1", now)).toBeNull();
  });

  it("ignores what does not read as a session", () => {
    const slot = memorySlot();
    slot.setItem("citecards:study-session:u1", JSON.stringify({ answered: -1, savedAt: now }));
    expect(sessionToContinue(slot, "u1", now)).toBeNull();
    expect(sessionToContinue(null, "u1", now)).toBeNull();
  });
});
