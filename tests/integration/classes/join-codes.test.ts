import { describe, expect, it } from "vitest";
import { createClass, regenerateJoinCode } from "@/app/_server/data/classes/create-class";
import { joinClassWithCode } from "@/app/_server/data/classes/enrollment";
import { getClassRoster } from "@/app/_server/data/classes/list-classes";
import { HOUR, at, makeActor, T0 } from "@/tests/factories/classes";

const DAY = 24 * HOUR;

describe("making a new join code", () => {
  it("makes a code that works for the chosen days, and the roster shows when it expires", async () => {
    const teacher = await makeActor("teacher");
    const [early, late] = [await makeActor("student"), await makeActor("student")];
    const made = await createClass({ actor: teacher, input: { name: "Week code" } });
    const renewed = await regenerateJoinCode({
      actor: teacher,
      classId: made.id,
      input: { validForDays: 7 },
      now: T0,
    });
    expect(renewed.joinCodeExpiresAt).toEqual(at(7 * DAY));
    const roster = await getClassRoster({ actor: teacher, classId: made.id });
    expect(roster).toMatchObject({ joinCode: renewed.joinCode, joinCodeExpiresAt: at(7 * DAY) });
    await joinClassWithCode({ actor: early, code: renewed.joinCode, now: at(7 * DAY - 1) });
    await expect(
      joinClassWithCode({ actor: late, code: renewed.joinCode, now: at(7 * DAY) }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("makes a code that never expires when no validity is chosen, replacing an expiring one", async () => {
    const teacher = await makeActor("teacher");
    const made = await createClass({
      actor: teacher,
      input: { name: "Expired", joinCodeExpiresAt: at(-HOUR) },
    });
    const renewed = await regenerateJoinCode({
      actor: teacher,
      classId: made.id,
      input: { validForDays: null },
      now: T0,
    });
    expect(renewed.joinCodeExpiresAt).toBeNull();
    const student = await makeActor("student");
    const joined = await joinClassWithCode({
      actor: student,
      code: renewed.joinCode,
      now: at(DAY),
    });
    expect(joined.classId).toBe(made.id);
  });

  it("refuses a validity under a day, over a year or not a whole number, and keeps the old code", async () => {
    const teacher = await makeActor("teacher");
    const made = await createClass({ actor: teacher, input: { name: "Kept" } });
    const refused = (validForDays: unknown, userMessage: string) =>
      expect(
        regenerateJoinCode({ actor: teacher, classId: made.id, input: { validForDays }, now: T0 }),
      ).rejects.toMatchObject({ code: "bad_input", userMessage });
    await refused(0, "A code works for at least one day.");
    await refused(366, "A code works for at most a year.");
    await refused(1.5, "Choose how long the code works.");
    await refused(Number.NaN, "Choose how long the code works.");
    const roster = await getClassRoster({ actor: teacher, classId: made.id });
    expect(roster).toMatchObject({ joinCode: made.joinCode, joinCodeExpiresAt: null });
  });
});
