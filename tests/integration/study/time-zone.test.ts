import { describe, expect, it } from "vitest";
import { getStudySettings, updateTimeZone } from "@/app/_server/data/study/study-settings";
import { makeStudent } from "./study-helpers";

describe("the student's time zone", () => {
  it("is recorded from the zone the browser reports", async () => {
    const student = await makeStudent();
    await updateTimeZone({ actor: student, timeZone: "Africa/Niamey" });
    expect((await getStudySettings({ actor: student })).timeZone).toBe("Africa/Niamey");
  });

  it("refuses a name that is not a time zone and keeps the one on record", async () => {
    const student = await makeStudent();
    await expect(
      updateTimeZone({ actor: student, timeZone: "Mars/Olympus" }),
    ).rejects.toMatchObject({ code: "bad_input" });
    expect((await getStudySettings({ actor: student })).timeZone).toBe("UTC");
  });
});
