import { describe, expect, it } from "vitest";
import { createAssignment } from "@/app/_server/data/assignments/create-assignment";
import { createQuestionSet } from "@/app/_server/data/sets/question-sets";
import { HOUR, at, makeActor, makeClassWith, makeQuestions, T0 } from "@/tests/factories/classes";

async function teacherWithClassAndSet() {
  const teacher = await makeActor("teacher");
  const questions = await makeQuestions(2);
  const klass = await makeClassWith(teacher, []);
  const set = await createQuestionSet({
    actor: teacher,
    input: { title: "Set", questionIds: questions.map((q) => q.id) },
  });
  const input = { classId: klass.id, setId: set.id, mode: "quiz" };
  return { teacher, input };
}

describe("creating an assignment", () => {
  it("opens the assignment at the time of creating it when no opening time is given", async () => {
    const { teacher, input } = await teacherWithClassAndSet();
    const made = await createAssignment({
      actor: teacher,
      input: { ...input, dueAt: at(24 * HOUR) },
      now: T0,
    });
    expect(made.opensAt).toEqual(T0);
    expect(made.dueAt).toEqual(at(24 * HOUR));
  });

  it("says the due date is in the past when no opening time is given and the due date has passed", async () => {
    const { teacher, input } = await teacherWithClassAndSet();
    await expect(
      createAssignment({ actor: teacher, input: { ...input, dueAt: at(-HOUR) }, now: T0 }),
    ).rejects.toMatchObject({ userMessage: "The due date is in the past." });
  });

  it("says the due date must come after the opening time when the teacher gave one", async () => {
    const { teacher, input } = await teacherWithClassAndSet();
    await expect(
      createAssignment({
        actor: teacher,
        input: { ...input, opensAt: at(2 * HOUR), dueAt: at(HOUR) },
        now: T0,
      }),
    ).rejects.toMatchObject({ userMessage: "The due date must come after the opening time." });
  });
});
