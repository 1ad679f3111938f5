import { describe, expect, it } from "vitest";
import { startAttempt } from "@/app/_server/data/attempts/start-attempt";
import { getSetUsage } from "@/app/_server/data/sets/set-usage";
import { makeActor, T0 } from "@/tests/factories/classes";
import { setup } from "./attempt-setup";

describe("how far an edit of a question set reaches", () => {
  it("counts the set's assignments, then the attempts started on them", async () => {
    const { teacher, student, set, assignment } = await setup();
    expect(await getSetUsage({ actor: teacher, setId: set.id })).toEqual({
      assignments: 1,
      attempts: 0,
    });
    await startAttempt({ actor: student, assignmentId: assignment.id, now: T0 });
    expect(await getSetUsage({ actor: teacher, setId: set.id })).toEqual({
      assignments: 1,
      attempts: 1,
    });
  });

  it("does not show another teacher's set, and refuses a student", async () => {
    const { student, set } = await setup();
    const otherTeacher = await makeActor("teacher");
    await expect(getSetUsage({ actor: otherTeacher, setId: set.id })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(getSetUsage({ actor: student, setId: set.id })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
