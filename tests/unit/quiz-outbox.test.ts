import { describe, expect, it } from "vitest";
import {
  forgetQuizAnswer,
  keepQuizAnswer,
  keptQuizAnswers,
  type KeptQuizAnswer,
} from "@/app/_components/quiz-outbox";
import { memorySlot, refusingSlot } from "@/tests/support/memory-slot";

const answer = (key: string, response = "Niamey"): KeptQuizAnswer => ({
  idempotencyKey: key,
  response,
  durationMs: 4200,
});
const keyA = "0b6b1f7e-8f5a-4c57-9a54-2a4f4a0f6c11";
const keyB = "7d0c2f51-3f7e-4a3c-8d2e-0f1b7e9a4c22";

describe("the quiz answers kept on a device", () => {
  it("keeps one answer a question, per user and attempt", () => {
    const slot = memorySlot();
    keepQuizAnswer(slot, "u1", "a1", "q1", answer(keyA));
    keepQuizAnswer(slot, "u1", "a1", "q2", answer(keyB, "Agadez"));
    expect(keptQuizAnswers(slot, "u1", "a1")).toEqual({
      q1: answer(keyA),
      q2: answer(keyB, "Agadez"),
    });
    expect(keptQuizAnswers(slot, "u2", "a1")).toEqual({});
    expect(keptQuizAnswers(slot, "u1", "a2")).toEqual({});
  });

  it("forgets a settled answer only if it is the one kept, and the attempt's entry once empty", () => {
    const slot = memorySlot();
    keepQuizAnswer(slot, "u1", "a1", "q1", answer(keyA));
    keepQuizAnswer(slot, "u1", "a1", "q2", answer(keyB));
    expect(forgetQuizAnswer(slot, "u1", "a1", "q1", keyB)).toEqual({
      q1: answer(keyA),
      q2: answer(keyB),
    });
    expect(forgetQuizAnswer(slot, "u1", "a1", "q1", keyA)).toEqual({ q2: answer(keyB) });
    expect(forgetQuizAnswer(slot, "u1", "a1", "q2", keyB)).toEqual({});
    expect(slot.items.size).toBe(0);
  });

  it("drops what does not read as kept answers instead of sending it", () => {
    const slot = memorySlot();
    const name = "citecards:unsent-quiz-answers:u1:a1";
    slot.setItem(name, JSON.stringify({ q1: { idempotencyKey: "not-a-uuid", response: "x" } }));
    expect(keptQuizAnswers(slot, "u1", "a1")).toEqual({});
    expect(slot.items.has(name)).toBe(false);
    slot.setItem(name, "{not json");
    expect(keptQuizAnswers(slot, "u1", "a1")).toEqual({});
  });

  it("keeps every answer when one's time is below 0 or over a day, sent within [0, a day]", () => {
    const slot = memorySlot();
    keepQuizAnswer(slot, "u1", "a1", "q1", answer(keyA));
    // The device's clock was set back while q2 was shown.
    keepQuizAnswer(slot, "u1", "a1", "q2", { ...answer(keyB), durationMs: -60_000 });
    expect(keptQuizAnswers(slot, "u1", "a1")).toEqual({
      q1: answer(keyA),
      q2: { ...answer(keyB), durationMs: 0 },
    });
    keepQuizAnswer(slot, "u1", "a1", "q2", { ...answer(keyB), durationMs: 200_000_000 });
    expect(keptQuizAnswers(slot, "u1", "a1").q2).toEqual({
      ...answer(keyB),
      durationMs: 86_400_000,
    });
  });

  it("goes on without keeping anything where the browser refuses storage", () => {
    const refusing = refusingSlot();
    expect(keepQuizAnswer(refusing, "u1", "a1", "q1", answer(keyA))).toEqual({
      q1: answer(keyA),
    });
    expect(keptQuizAnswers(refusing, "u1", "a1")).toEqual({});
    expect(keptQuizAnswers(null, "u1", "a1")).toEqual({});
  });
});
