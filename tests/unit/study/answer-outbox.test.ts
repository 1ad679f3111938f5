import { describe, expect, it } from "vitest";
import {
  forgetAnswer,
  isFinalRefusal,
  keepAnswer,
  keptAnswer,
} from "@/app/_components/study/answer-outbox";
import type { PendingAnswer } from "@/app/_components/study/study-api";
import { memorySlot, refusingSlot } from "@/tests/support/memory-slot";

const answer = (key = "0b6b1f7e-8f5a-4c57-9a54-2a4f4a0f6c11"): PendingAnswer => ({
  idempotencyKey: key,
  questionId: "q1",
  response: "Niamey",
  durationMs: 4200,
  cardVersion: 3,
});

describe("the answer kept on the device until the server settles it", () => {
  it("gives back the kept answer unchanged, key included", () => {
    const slot = memorySlot();
    keepAnswer(slot, "ada", { ...answer(), selfRating: 3 });
    expect(keptAnswer(slot, "ada")).toEqual({ ...answer(), selfRating: 3 });
  });

  it("is kept per user, so another account on the same device never sends it", () => {
    const slot = memorySlot();
    keepAnswer(slot, "ada", answer());
    expect(keptAnswer(slot, "bo")).toBeNull();
  });

  it("is forgotten once settled, but a newer answer under another key is not", () => {
    const slot = memorySlot();
    const newer = answer("5c3e8f0a-1b2d-4e6f-8a9b-0c1d2e3f4a5b");
    keepAnswer(slot, "ada", newer);
    forgetAnswer(slot, "ada", answer().idempotencyKey);
    expect(keptAnswer(slot, "ada")).toEqual(newer);
    forgetAnswer(slot, "ada", newer.idempotencyKey);
    expect(keptAnswer(slot, "ada")).toBeNull();
  });

  it("drops what is not a well-formed answer instead of sending it", () => {
    const slot = memorySlot();
    slot.setItem("citecards:unsent-answer:ada", "{not json");
    expect(keptAnswer(slot, "ada")).toBeNull();
    expect(slot.items.size).toBe(0);
    slot.setItem(
      "citecards:unsent-answer:ada",
      JSON.stringify({ ...answer(), idempotencyKey: "1" }),
    );
    expect(keptAnswer(slot, "ada")).toBeNull();
    expect(slot.items.size).toBe(0);
  });

  it("sends a kept answer's time within what the server accepts, a day at most and never below 0", () => {
    const slot = memorySlot();
    keepAnswer(slot, "ada", { ...answer(), durationMs: 3 * 86_400_000 });
    expect(keptAnswer(slot, "ada")).toEqual({ ...answer(), durationMs: 86_400_000 });
    keepAnswer(slot, "ada", { ...answer(), durationMs: -1_500 });
    expect(keptAnswer(slot, "ada")).toEqual({ ...answer(), durationMs: 0 });
  });

  it("still works, in memory only, where the browser refuses storage", () => {
    const refusing = refusingSlot();
    expect(() => keepAnswer(refusing, "ada", answer())).not.toThrow();
    expect(keptAnswer(refusing, "ada")).toBeNull();
    expect(() => forgetAnswer(null, "ada", answer().idempotencyKey)).not.toThrow();
  });

  it("keeps an answer through a lost connection, a server error or a sign-out, and drops it on a refusal for good", () => {
    expect(["network", "internal", "unauthenticated", "rate_limited"].map(isFinalRefusal)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(["stale", "conflict", "not_found", "bad_input", "forbidden"].every(isFinalRefusal)).toBe(
      true,
    );
  });
});
