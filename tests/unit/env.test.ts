import { describe, expect, it } from "vitest";
import { demoWanted, readEnv } from "@/app/_server/env";

// Next.js's types make NODE_ENV required on ProcessEnv; these sources leave it to the default.
const envOf = (source: Record<string, string>) => readEnv(source as NodeJS.ProcessEnv);

describe("the demo accounts' switch", () => {
  const pg = "postgresql://app:secret@db:5432/citecards";
  it.each([
    [{}, true],
    [{ DATABASE_URL: pg }, false],
    [{ DATABASE_URL: pg, CITECARDS_DEMO: "on" }, true],
    [{ CITECARDS_DEMO: "off" }, false],
  ])("with %j makes demo accounts: %s", (source, wanted) => {
    expect(demoWanted(envOf(source))).toBe(wanted);
  });

  it("refuses a value it does not know", () => {
    expect(() => envOf({ CITECARDS_DEMO: "yes" })).toThrow(/CITECARDS_DEMO/);
  });
});
