import { describe, expect, it } from "vitest";
import { updateAssignment } from "@/app/_server/data/assignments/update-assignment";
import { getAttemptForTaking, getAttemptResults } from "@/app/_server/data/attempts/get-attempt";
import { recordAttemptAnswer } from "@/app/_server/data/attempts/record-attempt-answer";
import { startAttempt } from "@/app/_server/data/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/data/attempts/submit-attempt";
import { getAssignmentReport } from "@/app/_server/data/reports/get-assignment-report";
import { HOUR, at, T0 } from "@/tests/factories/classes";
import { answer, setup } from "./attempt-setup";

describe("editing an assignment", () => {
  it("changes the due date, attempt limit and time limit, and the next attempt follows them", async () => {
    const { teacher, student, assignment } = await setup({ timeLimitSeconds: 600 });
    const edited = await updateAssignment({
      actor: teacher,
      assignmentId: assignment.id,
      input: { dueAt: at(48 * HOUR), maxAttempts: 3, timeLimitSeconds: 1200 },
    });
    expect(edited).toMatchObject({ dueAt: at(48 * HOUR), maxAttempts: 3, timeLimitSeconds: 1200 });
    const { attemptId } = await startAttempt({
      actor: student,
      assignmentId: assignment.id,
      now: T0,
    });
    const taking = await getAttemptForTaking({ actor: student, attemptId });
    expect(taking.deadlineAt).toEqual(at(1_200_000));
  });

  it("removes the time limit when it is set to null and leaves fields it was not given alone", async () => {
    const { teacher, assignment } = await setup({ timeLimitSeconds: 600, maxAttempts: 2 });
    const edited = await updateAssignment({
      actor: teacher,
      assignmentId: assignment.id,
      input: { timeLimitSeconds: null },
    });
    expect(edited).toMatchObject({
      timeLimitSeconds: null,
      maxAttempts: 2,
      dueAt: assignment.dueAt,
    });
  });

  it("never changes a submitted attempt: its score and late mark stay when the due date moves", async () => {
    const { teacher, student, assignment, questions } = await setup({ dueAt: at(HOUR) });
    const { attemptId } = await startAttempt({
      actor: student,
      assignmentId: assignment.id,
      now: T0,
    });
    await recordAttemptAnswer({
      actor: student,
      input: answer(attemptId, questions[0]!.id, questions[0]!.answer),
      now: at(2 * HOUR),
    });
    await submitAttempt({ actor: student, attemptId, now: at(2 * HOUR) });
    const before = await getAttemptResults({ actor: teacher, attemptId });
    await updateAssignment({
      actor: teacher,
      assignmentId: assignment.id,
      input: { dueAt: at(72 * HOUR), maxAttempts: 2, timeLimitSeconds: 60 },
    });
    const after = await getAttemptResults({ actor: teacher, attemptId });
    expect(after).toEqual(before);
    expect(after).toMatchObject({ late: true, submittedAt: at(2 * HOUR) });
    const report = await getAssignmentReport({ actor: teacher, assignmentId: assignment.id });
    expect(report.students[0]).toMatchObject({ late: true, score: 1 / 3, status: "done" });
  });

  it("keeps the deadline an attempt in progress started with when the time limit changes", async () => {
    const { teacher, student, assignment } = await setup({ timeLimitSeconds: 600 });
    const { attemptId } = await startAttempt({
      actor: student,
      assignmentId: assignment.id,
      now: T0,
    });
    await updateAssignment({
      actor: teacher,
      assignmentId: assignment.id,
      input: { timeLimitSeconds: 60 },
    });
    const taking = await getAttemptForTaking({ actor: student, attemptId });
    expect(taking.deadlineAt).toEqual(at(600_000));
  });

  it("lets a student start again once the attempt limit is raised", async () => {
    const { teacher, student, assignment } = await setup({ maxAttempts: 1 });
    const first = await startAttempt({ actor: student, assignmentId: assignment.id, now: T0 });
    await submitAttempt({ actor: student, attemptId: first.attemptId, now: T0 });
    await expect(
      startAttempt({ actor: student, assignmentId: assignment.id, now: T0 }),
    ).rejects.toMatchObject({ code: "conflict" });
    await updateAssignment({
      actor: teacher,
      assignmentId: assignment.id,
      input: { maxAttempts: 2 },
    });
    const second = await startAttempt({ actor: student, assignmentId: assignment.id, now: T0 });
    expect(second.resumed).toBe(false);
  });

  it("refuses bad values with a clear message and changes nothing", async () => {
    const { teacher, assignment } = await setup({ maxAttempts: 2 });
    const refused = async (input: object, userMessage: string) =>
      expect(
        updateAssignment({ actor: teacher, assignmentId: assignment.id, input }),
      ).rejects.toMatchObject({ code: "bad_input", userMessage });
    await refused({ dueAt: at(-HOUR) }, "The due date must come after the opening time.");
    await refused({ dueAt: T0 }, "The due date must come after the opening time.");
    await refused({ maxAttempts: 0 }, "Allow at least one attempt.");
    await refused({ maxAttempts: 21 }, "Allow at most 20 attempts.");
    await refused({ timeLimitSeconds: 30 }, "A time limit is at least one minute.");
    await refused({ maxAttempts: Number.NaN }, "Enter the number of attempts allowed.");
    await refused({}, "Change at least one value.");
    const report = await getAssignmentReport({ actor: teacher, assignmentId: assignment.id });
    expect(report.assignment).toMatchObject({
      dueAt: assignment.dueAt,
      maxAttempts: 2,
      timeLimitSeconds: null,
    });
  });
});
