import { describe, expect, it } from "vitest";
import { clampAnswerDuration, MAX_ANSWER_DURATION_MS } from "@/app/_domain/scheduling";

describe("clampAnswerDuration", () => {
  it.each([
    [4_200, 4_200],
    [4_200.4, 4_200],
    [0, 0],
    [MAX_ANSWER_DURATION_MS, MAX_ANSWER_DURATION_MS],
    // A question left open over a weekend.
    [3 * MAX_ANSWER_DURATION_MS, MAX_ANSWER_DURATION_MS],
    [Infinity, MAX_ANSWER_DURATION_MS],
    // The device's clock was set back while the question was shown.
    [-90_000, 0],
    [-Infinity, 0],
    [NaN, 0],
  ])("sends %s ms as %s ms", (elapsed, sent) => {
    expect(clampAnswerDuration(elapsed)).toBe(sent);
  });

  it("is one day at most, the limit the answer endpoints accept", () => {
    expect(MAX_ANSWER_DURATION_MS).toBe(24 * 60 * 60 * 1000);
  });
});
