import { describe, expect, it } from "vitest";
import { parseSchedulerConfig } from "@/app/_domain/scheduling";

describe("SchedulerConfig", () => {
  it("defaults to 90% retention, 1m/10m learning, 10m relearning and fuzz on", () => {
    expect(parseSchedulerConfig()).toEqual({
      desiredRetention: 0.9,
      learningSteps: ["1m", "10m"],
      relearningSteps: ["10m"],
      maximumIntervalDays: 36500,
      fuzz: { enabled: true, seed: "" },
    });
  });

  it.each([0.69, 0.98, Number.NaN])("rejects a desired retention of %s", (desiredRetention) => {
    expect(() => parseSchedulerConfig({ desiredRetention })).toThrow();
  });

  it("rejects malformed steps and parameter lists of the wrong length", () => {
    expect(() => parseSchedulerConfig({ learningSteps: ["10 minutes"] })).toThrow();
    expect(() => parseSchedulerConfig({ parameters: [1, 2, 3] })).toThrow();
  });
});
