import { describe, expect, it } from "vitest";
import { prisma } from "@/app/_server/db";
import { recordAttemptAnswer } from "@/app/_server/data/attempts/record-attempt-answer";
import { getAttemptResults } from "@/app/_server/data/attempts/get-attempt";
import { startAttempt } from "@/app/_server/data/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/data/attempts/submit-attempt";
import { HOUR, at, T0 } from "@/tests/factories/classes";
import { answer, setup } from "./attempt-setup";

describe("attempt rules: starting, limits and deadlines", () => {
  it("resumes the unsubmitted attempt instead of starting a new one", async () => {
    const { student, assignment } = await setup();
    const first = await startAttempt({
      actor: student,
      assignmentId: assignment.id,
      now: at(HOUR),
    });
    const again = await startAttempt({
      actor: student,
      assignmentId: assignment.id,
      now: at(2 * HOUR),
    });
    expect(first.resumed).toBe(false);
    expect(again).toEqual({ attemptId: first.attemptId, resumed: true });
  });

  it("refuses a second quiz attempt when one is allowed, and a third when two are", async () => {
    const one = await setup();
    const { attemptId } = await startAttempt({
      actor: one.student,
      assignmentId: one.assignment.id,
      now: at(HOUR),
    });
    await submitAttempt({ actor: one.student, attemptId, now: at(HOUR) });
    await expect(
      startAttempt({ actor: one.student, assignmentId: one.assignment.id, now: at(HOUR) }),
    ).rejects.toMatchObject({ code: "conflict", userMessage: "You have already taken this quiz." });

    const two = await setup({ maxAttempts: 2 });
    for (const _ of [1, 2]) {
      const started = await startAttempt({
        actor: two.student,
        assignmentId: two.assignment.id,
        now: at(HOUR),
      });
      await submitAttempt({ actor: two.student, attemptId: started.attemptId, now: at(HOUR) });
    }
    await expect(
      startAttempt({ actor: two.student, assignmentId: two.assignment.id, now: at(HOUR) }),
    ).rejects.toMatchObject({ userMessage: "You have used all 2 attempts." });
  });

  it("refuses to start before the assignment opens", async () => {
    const { student, assignment } = await setup();
    await expect(
      startAttempt({ actor: student, assignmentId: assignment.id, now: at(-1) }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses answers after the time limit and submits the attempt as of its deadline", async () => {
    const { student, assignment, questions } = await setup({
      timeLimitSeconds: 600,
      maxAttempts: 2,
    });
    const { attemptId } = await startAttempt({
      actor: student,
      assignmentId: assignment.id,
      now: T0,
    });
    await recordAttemptAnswer({
      actor: student,
      input: answer(attemptId, questions[0]!.id, questions[0]!.answer),
      now: at(599_000),
    });
    await expect(
      recordAttemptAnswer({
        actor: student,
        input: answer(attemptId, questions[1]!.id, "x"),
        now: at(700_000),
      }),
    ).rejects.toMatchObject({
      code: "conflict",
      userMessage: "Time is up: this answer came after the time limit.",
    });
    const next = await startAttempt({ actor: student, assignmentId: assignment.id, now: at(HOUR) });
    expect(next.attemptId).not.toBe(attemptId);
    const closed = await getAttemptResults({ actor: student, attemptId });
    expect(closed.submittedAt).toEqual(at(600_000));
    expect(closed.score).toBeCloseTo(1 / 3, 10);
  });

  it("refuses an answer holding a character the database cannot store, and records nothing", async () => {
    const { student, assignment, questions } = await setup();
    const { attemptId } = await startAttempt({
      actor: student,
      assignmentId: assignment.id,
      now: T0,
    });
    await expect(
      recordAttemptAnswer({
        actor: student,
        input: answer(attemptId, questions[0]!.id, "Nia\u0000mey"),
        now: at(1_000),
      }),
    ).rejects.toMatchObject({
      code: "bad_input",
      userMessage: expect.stringMatching(/cannot be stored/),
    });
    expect(await (await prisma()).attemptAnswer.count({ where: { attemptId } })).toBe(0);
  });

  it("marks a submission after the due date late, and one before it on time", async () => {
    const { student, assignment } = await setup({ dueAt: at(HOUR), maxAttempts: 2 });
    const onTime = await startAttempt({ actor: student, assignmentId: assignment.id, now: T0 });
    expect(
      (await submitAttempt({ actor: student, attemptId: onTime.attemptId, now: at(HOUR) })).late,
    ).toBe(false);
    const late = await startAttempt({
      actor: student,
      assignmentId: assignment.id,
      now: at(2 * HOUR),
    });
    expect(
      (await submitAttempt({ actor: student, attemptId: late.attemptId, now: at(2 * HOUR) })).late,
    ).toBe(true);
  });
});
