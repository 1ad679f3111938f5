import { describe, expect, it } from "vitest";
import { prisma } from "@/app/_server/db";
import { listAssignmentsForTeacher } from "@/app/_server/data/assignments/create-assignment";
import { removeAssignment } from "@/app/_server/data/assignments/remove-assignment";
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
import { HOUR, at, T0 } from "@/tests/factories/classes";
import { answer, setup } from "./attempt-setup";

const removed = { code: "conflict", userMessage: "Your teacher removed this assignment." };

describe("removing an assignment", () => {
  it("deletes an assignment nobody has started", async () => {
    const { teacher, student, assignment } = await setup();
    const result = await removeAssignment({ actor: teacher, assignmentId: assignment.id, now: T0 });
    expect(result).toEqual({ outcome: "deleted" });
    expect((await listAssignmentsForTeacher({ actor: teacher })).map((a) => a.id)).not.toContain(
      assignment.id,
    );
    await expect(
      getAssignmentForStudent({ actor: student, assignmentId: assignment.id, now: T0 }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("archives an assignment with attempts and keeps every result in the teacher's report", async () => {
    const { teacher, student, assignment, questions } = await setup({ maxAttempts: 2 });
    const first = await startAttempt({ actor: student, assignmentId: assignment.id, now: T0 });
    await recordAttemptAnswer({
      actor: student,
      input: answer(first.attemptId, questions[0]!.id, questions[0]!.answer),
      now: T0,
    });
    await submitAttempt({ actor: student, attemptId: first.attemptId, now: T0 });
    const before = await getAssignmentReport({ actor: teacher, assignmentId: assignment.id });

    const result = await removeAssignment({
      actor: teacher,
      assignmentId: assignment.id,
      now: at(HOUR),
    });
    expect(result).toEqual({ outcome: "archived" });
    const after = await getAssignmentReport({ actor: teacher, assignmentId: assignment.id });
    expect(after.assignment.archivedAt).toEqual(at(HOUR));
    expect(after.students).toEqual(before.students);
    expect(after.questions).toEqual(before.questions);
    expect(await getAttemptResults({ actor: student, attemptId: first.attemptId })).toMatchObject({
      score: 1 / 3,
    });
    const listed = await listAssignmentsForTeacher({ actor: teacher });
    expect(listed.find((a) => a.id === assignment.id)?.archivedAt).toEqual(at(HOUR));
  });

  it("hides an archived assignment from the student's list and takes no new attempts", async () => {
    const { teacher, student, assignment } = await setup({ maxAttempts: 3 });
    const first = await startAttempt({ actor: student, assignmentId: assignment.id, now: T0 });
    await submitAttempt({ actor: student, attemptId: first.attemptId, now: T0 });
    await removeAssignment({ actor: teacher, assignmentId: assignment.id, now: T0 });
    const list = await listOpenAssignmentsForStudent({ actor: student, now: at(HOUR) });
    expect(list.map((a) => a.id)).not.toContain(assignment.id);
    const own = await getAssignmentForStudent({
      actor: student,
      assignmentId: assignment.id,
      now: T0,
    });
    expect(own.archivedAt).toEqual(T0);
    await expect(
      startAttempt({ actor: student, assignmentId: assignment.id, now: at(HOUR) }),
    ).rejects.toMatchObject(removed);
  });

  it("submits an attempt in progress with the answers given so far, and takes no more", async () => {
    const { teacher, student, assignment, questions } = await setup();
    const { attemptId } = await startAttempt({
      actor: student,
      assignmentId: assignment.id,
      now: T0,
    });
    const give = (i: number) =>
      recordAttemptAnswer({
        actor: student,
        input: answer(attemptId, questions[i]!.id, questions[i]!.answer),
        now: T0,
      });
    await give(0);
    await removeAssignment({ actor: teacher, assignmentId: assignment.id, now: at(HOUR) });
    expect(await getAttemptResults({ actor: student, attemptId })).toMatchObject({
      score: 1 / 3,
      submittedAt: at(HOUR),
    });
    await expect(give(1)).rejects.toMatchObject(removed);
    const report = await getAssignmentReport({ actor: teacher, assignmentId: assignment.id });
    expect(report.students.find((s) => s.studentId === student.id)).toMatchObject({
      status: "done",
    });
  });

  it("refuses to edit an archived assignment and keeps the first archive time when removed again", async () => {
    const { teacher, student, assignment } = await setup();
    await startAttempt({ actor: student, assignmentId: assignment.id, now: T0 });
    await removeAssignment({ actor: teacher, assignmentId: assignment.id, now: T0 });
    const again = await removeAssignment({
      actor: teacher,
      assignmentId: assignment.id,
      now: at(HOUR),
    });
    expect(again).toEqual({ outcome: "archived" });
    await expect(
      updateAssignment({ actor: teacher, assignmentId: assignment.id, input: { maxAttempts: 2 } }),
    ).rejects.toMatchObject({
      code: "conflict",
      userMessage: "This assignment was removed; it cannot be edited.",
    });
    const report = await getAssignmentReport({ actor: teacher, assignmentId: assignment.id });
    expect(report.assignment.archivedAt).toEqual(T0);
  });

  it("has the database refuse to delete an assignment with attempts, whatever code tries", async () => {
    const { student, assignment } = await setup();
    await startAttempt({ actor: student, assignmentId: assignment.id, now: T0 });
    const db = await prisma();
    await expect(db.assignment.delete({ where: { id: assignment.id } })).rejects.toMatchObject({
      code: "P2003",
    });
  });

  it("never loses the attempt of a student who starts at the moment the teacher removes it", async () => {
    for (let round = 0; round < 5; round += 1) {
      const { teacher, student, assignment } = await setup();
      const [removal, start] = await Promise.allSettled([
        removeAssignment({ actor: teacher, assignmentId: assignment.id, now: T0 }),
        startAttempt({ actor: student, assignmentId: assignment.id, now: T0 }),
      ]);
      expect(removal.status).toBe("fulfilled");
      const attempts = await (
        await prisma()
      ).attempt.count({
        where: { assignmentId: assignment.id },
      });
      if (start.status === "fulfilled") {
        expect(attempts).toBe(1);
        expect(removal).toMatchObject({ value: { outcome: "archived" } });
      } else {
        expect(start.reason).toMatchObject({ code: "not_found" });
        expect(removal).toMatchObject({ value: { outcome: "deleted" } });
      }
    }
  });
});
