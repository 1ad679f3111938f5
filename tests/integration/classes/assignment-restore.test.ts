import { describe, expect, it } from "vitest";
import { listAssignmentsForTeacher } from "@/app/_server/data/assignments/create-assignment";
import { removeAssignment } from "@/app/_server/data/assignments/remove-assignment";
import { restoreAssignment } from "@/app/_server/data/assignments/restore-assignment";
import {
  getAssignmentForStudent,
  listOpenAssignmentsForStudent,
} from "@/app/_server/data/assignments/student-assignments";
import { updateAssignment } from "@/app/_server/data/assignments/update-assignment";
import { getAttemptResults } from "@/app/_server/data/attempts/get-attempt";
import { recordAttemptAnswer } from "@/app/_server/data/attempts/record-attempt-answer";
import { startAttempt } from "@/app/_server/data/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/data/attempts/submit-attempt";
import { getAssignmentReport } from "@/app/_server/data/reports/get-assignment-report";
import { HOUR, at, makeActor, T0 } from "@/tests/factories/classes";
import { answer, setup } from "./attempt-setup";

type Setup = Awaited<ReturnType<typeof setup>>;

// The student answers the first question right in a started attempt, which the teacher's removal
// then archives and closes (at one hour).
async function archivedWithAttempt(options: Parameters<typeof setup>[0] = {}) {
  const world = await setup(options);
  const { teacher, student, assignment, questions } = world;
  const { attemptId } = await startAttempt({
    actor: student,
    assignmentId: assignment.id,
    now: T0,
  });
  await recordAttemptAnswer({
    actor: student,
    input: answer(attemptId, questions[0]!.id, questions[0]!.answer),
    now: T0,
  });
  await removeAssignment({ actor: teacher, assignmentId: assignment.id, now: at(HOUR) });
  return { ...world, attemptId };
}

const restore = (w: Setup, now = at(2 * HOUR), actor = w.teacher) =>
  restoreAssignment({ actor, assignmentId: w.assignment.id, now });

describe("restoring an archived assignment", () => {
  it("brings it back to the student's list with the attempt archiving closed, score unchanged", async () => {
    const w = await archivedWithAttempt({ maxAttempts: 2 });
    const studentBefore = await getAssignmentForStudent({
      actor: w.student,
      assignmentId: w.assignment.id,
      now: at(2 * HOUR),
    });
    const reportBefore = await getAssignmentReport({
      actor: w.teacher,
      assignmentId: w.assignment.id,
    });

    expect(await restore(w)).toEqual({ outcome: "restored", pastDue: false });

    const list = await listOpenAssignmentsForStudent({ actor: w.student, now: at(2 * HOUR) });
    const listed = list.find((a) => a.id === w.assignment.id);
    expect(listed).toEqual({ ...studentBefore, archivedAt: null });
    expect(listed?.attempts).toEqual([
      {
        id: w.attemptId,
        number: 1,
        submittedAt: at(HOUR),
        score: 1 / 3,
        late: false,
        deadlineAt: null,
      },
    ]);
    const reportAfter = await getAssignmentReport({
      actor: w.teacher,
      assignmentId: w.assignment.id,
    });
    expect(reportAfter.assignment.archivedAt).toBeNull();
    expect(reportAfter.students).toEqual(reportBefore.students);
    expect(reportAfter.questions).toEqual(reportBefore.questions);
    expect(await getAttemptResults({ actor: w.student, attemptId: w.attemptId })).toMatchObject({
      score: 1 / 3,
      submittedAt: at(HOUR),
    });
  });

  it("never reopens the closed attempt: it takes no more answers, and a new one is the next attempt", async () => {
    const w = await archivedWithAttempt({ maxAttempts: 2 });
    await restore(w);
    await expect(
      recordAttemptAnswer({
        actor: w.student,
        input: answer(w.attemptId, w.questions[1]!.id, w.questions[1]!.answer),
        now: at(2 * HOUR),
      }),
    ).rejects.toMatchObject({
      code: "conflict",
      userMessage: "This attempt is already submitted.",
    });
    const next = await startAttempt({
      actor: w.student,
      assignmentId: w.assignment.id,
      now: at(2 * HOUR),
    });
    expect(next.resumed).toBe(false);
    expect(next.attemptId).not.toBe(w.attemptId);
    const own = await getAssignmentForStudent({
      actor: w.student,
      assignmentId: w.assignment.id,
      now: at(2 * HOUR),
    });
    expect(own.attempts.map((a) => [a.number, a.score])).toEqual([
      [1, 1 / 3],
      [2, null],
    ]);
  });

  it("counts the attempt archiving closed toward the limit, until the teacher raises it", async () => {
    const w = await archivedWithAttempt({ maxAttempts: 1 });
    await restore(w);
    const start = () =>
      startAttempt({ actor: w.student, assignmentId: w.assignment.id, now: at(2 * HOUR) });
    await expect(start()).rejects.toMatchObject({
      code: "conflict",
      userMessage: "You have already taken this quiz.",
    });
    await updateAssignment({
      actor: w.teacher,
      assignmentId: w.assignment.id,
      input: { maxAttempts: 2 },
    });
    expect(await start()).toMatchObject({ resumed: false });
  });

  it("shows a past-due assignment as overdue and marks new attempts late", async () => {
    // Practice: one of three answered right, so the student is not done when it falls due.
    const w = await archivedWithAttempt({ mode: "practice", dueAt: at(24 * HOUR) });
    const later = at(48 * HOUR);
    expect(await restore(w, later)).toEqual({ outcome: "restored", pastDue: true });
    const listed = await listOpenAssignmentsForStudent({ actor: w.student, now: later });
    expect(listed.find((a) => a.id === w.assignment.id)).toMatchObject({
      status: "in_progress",
      overdue: true,
      practiceProgress: { correct: 1, total: 3 },
      attempts: [{ submittedAt: at(HOUR), late: false }],
    });
    const { attemptId } = await startAttempt({
      actor: w.student,
      assignmentId: w.assignment.id,
      now: later,
    });
    expect(await submitAttempt({ actor: w.student, attemptId, now: later })).toMatchObject({
      late: true,
    });
  });

  it("changes nothing and says so when the assignment is not archived", async () => {
    const w = await archivedWithAttempt();
    await restore(w);
    const before = await listAssignmentsForTeacher({ actor: w.teacher });
    expect(await restore(w, at(3 * HOUR))).toEqual({ outcome: "not_archived", pastDue: false });
    expect(await listAssignmentsForTeacher({ actor: w.teacher })).toEqual(before);

    const fresh = await setup();
    expect(await restore(fresh)).toEqual({ outcome: "not_archived", pastDue: false });
  });

  it("refuses other teachers and unknown ids as not found, and students and anonymous users, changing nothing", async () => {
    const w = await archivedWithAttempt();
    const otherTeacher = await makeActor("teacher");
    await expect(restore(w, at(2 * HOUR), otherTeacher)).rejects.toMatchObject({
      code: "not_found",
      userMessage: "That assignment does not exist.",
    });
    await expect(
      restoreAssignment({ actor: w.teacher, assignmentId: "no-such-id", now: T0 }),
    ).rejects.toMatchObject({ code: "not_found", userMessage: "That assignment does not exist." });
    await expect(restore(w, at(2 * HOUR), w.student)).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      restoreAssignment({ actor: null, assignmentId: w.assignment.id, now: T0 }),
    ).rejects.toMatchObject({ code: "unauthenticated" });

    const report = await getAssignmentReport({ actor: w.teacher, assignmentId: w.assignment.id });
    expect(report.assignment.archivedAt).toEqual(at(HOUR));
    const list = await listOpenAssignmentsForStudent({ actor: w.student, now: at(2 * HOUR) });
    expect(list.map((a) => a.id)).not.toContain(w.assignment.id);
  });

  it("cannot bring back an assignment that removal deleted", async () => {
    const w = await setup();
    await removeAssignment({ actor: w.teacher, assignmentId: w.assignment.id, now: T0 });
    await expect(restore(w)).rejects.toMatchObject({ code: "not_found" });
  });
});
