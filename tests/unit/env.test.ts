import { describe, expect, it } from "vitest";
import { demoWanted, readEnv } from "@/app/_server/env";

describe("the demo accounts' switch", () => {
  const pg = "postgresql://app:secret@db:5432/citecards";
  it.each([
    [{}, true],
    [{ DATABASE_URL: pg }, false],
    [{ DATABASE_URL: pg, CITECARDS_DEMO: "on" }, true],
    [{ CITECARDS_DEMO: "off" }, false],
  ])("with %j makes demo accounts: %s", (source, wanted) => {
    expect(demoWanted(readEnv(source))).toBe(wanted);
  });

  it("refuses a value it does not know", () => {
    expect(() => readEnv({ CITECARDS_DEMO: "yes" })).toThrow(/CITECARDS_DEMO/);
  });
});
