import { randomUUID } from "node:crypto";
import { prisma } from "@/app/_server/db";
import { describe, expect, it } from "vitest";
import { createQuestionSet } from "@/app/_server/data/sets/question-sets";
import { recordAttemptAnswer } from "@/app/_server/data/attempts/record-attempt-answer";
import { startAttempt } from "@/app/_server/data/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/data/attempts/submit-attempt";
import { createClass, regenerateJoinCode } from "@/app/_server/data/classes/create-class";
import { joinClassWithCode } from "@/app/_server/data/classes/enrollment";
import { JOIN_CODE_ALPHABET } from "@/app/_server/data/classes/join-code";
import { getClassRoster } from "@/app/_server/data/classes/list-classes";
import { exportQuestionsCsv } from "@/app/_server/data/reports/export-csv";
import { getAssignmentReport } from "@/app/_server/data/reports/get-assignment-report";
import { listQuestionsForSetBuilder } from "@/app/_server/data/sets/list-questions-for-set-builder";
import {
  HOUR,
  at,
  makeActor,
  makeAssignment,
  makeClassWith,
  makeQuestions,
  T0,
} from "@/tests/factories/classes";

describe("classes and join codes", () => {
  it("makes an eight-character code from the unambiguous alphabet that students join with in any case", async () => {
    const teacher = await makeActor("teacher");
    const student = await makeActor("student");
    const made = await createClass({ actor: teacher, input: { name: "Period 3" } });
    expect(made.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`));
    const spaced = `${made.joinCode.slice(0, 4).toLowerCase()}-${made.joinCode.slice(4)}`;
    expect(await joinClassWithCode({ actor: student, code: spaced, now: T0 })).toMatchObject({
      alreadyMember: false,
    });
    expect(await joinClassWithCode({ actor: student, code: made.joinCode, now: T0 })).toMatchObject(
      { alreadyMember: true },
    );
    expect(
      (await getClassRoster({ actor: teacher, classId: made.id })).students.map((s) => s.id),
    ).toEqual([student.id]);
  });

  it("names which field of a set holds a character the database cannot store, and makes no set", async () => {
    const teacher = await makeActor("teacher");
    const input = { title: "Niger", description: "Week\u00002", questionIds: [] };
    await expect(createQuestionSet({ actor: teacher, input })).rejects.toMatchObject({
      code: "bad_input",
      userMessage: "The description contains a character that cannot be stored (U+0000).",
    });
    expect(await (await prisma()).questionSet.count({ where: { ownerId: teacher.id } })).toBe(0);
  });

  it("refuses a class name holding a character the database cannot store, and makes no class", async () => {
    const teacher = await makeActor("teacher");
    await expect(
      createClass({ actor: teacher, input: { name: "Period\u00003" } }),
    ).rejects.toMatchObject({
      code: "bad_input",
      userMessage: expect.stringMatching(/cannot be stored/),
    });
    expect(await (await prisma()).class.count({ where: { teacherId: teacher.id } })).toBe(0);
  });

  it("tells a student clearly when a code is wrong, malformed or expired", async () => {
    const teacher = await makeActor("teacher");
    const student = await makeActor("student");
    const made = await createClass({
      actor: teacher,
      input: { name: "Expiring", joinCodeExpiresAt: at(HOUR) },
    });
    await expect(joinClassWithCode({ actor: student, code: "ABC", now: T0 })).rejects.toMatchObject(
      { code: "bad_input", userMessage: "A join code has 8 letters and digits." },
    );
    await expect(
      joinClassWithCode({ actor: student, code: "ZZZZZZZZ", now: T0 }),
    ).rejects.toMatchObject({
      code: "not_found",
      userMessage: "No class has this join code. Check it with your teacher.",
    });
    await expect(
      joinClassWithCode({ actor: student, code: made.joinCode, now: at(2 * HOUR) }),
    ).rejects.toMatchObject({
      code: "conflict",
      userMessage: "This join code has expired. Ask your teacher for a new one.",
    });
  });

  it("stops the old code working once the teacher regenerates it", async () => {
    const teacher = await makeActor("teacher");
    const student = await makeActor("student");
    const made = await createClass({ actor: teacher, input: { name: "Fresh" } });
    const renewed = await regenerateJoinCode({ actor: teacher, classId: made.id, now: T0 });
    expect(renewed.joinCode).not.toBe(made.joinCode);
    await expect(
      joinClassWithCode({ actor: student, code: made.joinCode, now: T0 }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("the set builder", () => {
  it("filters by article, type and text, and shows each question with its source sentence", async () => {
    const teacher = await makeActor("teacher");
    const questions = await makeQuestions(3, "Builder article");
    const found = await listQuestionsForSetBuilder({
      actor: teacher,
      filter: {
        articleIds: [questions[0]!.articleId],
        types: ["short_answer"],
        search: "sentence 2",
      },
    });
    expect(found.map((q) => q.id)).toEqual([questions[1]!.id]);
    expect(found[0]).toMatchObject({
      articleTitle: "Builder article",
      sourceSentence: "Sentence 2 says Answer 2.",
    });
  });
});

describe("the assignment report", () => {
  it("shows completion, per-student scores and times, item facility and the common wrong answer", async () => {
    const teacher = await makeActor("teacher");
    const students = await Promise.all([1, 2, 3].map((i) => makeActor("student", `Student ${i}`)));
    const questions = await makeQuestions(2);
    const klass = await makeClassWith(teacher, students);
    const { assignment } = await makeAssignment({
      teacher,
      classId: klass.id,
      questionIds: questions.map((q) => q.id),
    });
    // Student 1 gets both right, student 2 gets the second wrong with "=cmd()", student 3 never starts.
    for (const [student, responses] of [
      [students[0]!, ["Answer 1", "Answer 2"]],
      [students[1]!, ["Answer 1", "=cmd()"]],
    ] as const) {
      const { attemptId } = await startAttempt({
        actor: student,
        assignmentId: assignment.id,
        now: T0,
      });
      for (const [i, q] of questions.entries())
        await recordAttemptAnswer({
          actor: student,
          input: {
            attemptId,
            questionId: q.id,
            response: responses[i]!,
            idempotencyKey: randomUUID(),
            durationMs: 5,
          },
          now: T0,
        });
      await submitAttempt({ actor: student, attemptId, now: at(90_000) });
    }
    const report = await getAssignmentReport({ actor: teacher, assignmentId: assignment.id });
    expect(report.completion).toEqual({ done: 2, total: 3 });
    expect(report.students.map((s) => [s.name, s.score, s.timeSeconds, s.status])).toEqual([
      ["Student 1", 1, 90, "done"],
      ["Student 2", 0.5, 90, "done"],
      ["Student 3", null, null, "not_started"],
    ]);
    expect(report.questions.map((q) => q.facility)).toEqual([1, 0.5]);
    expect(report.questions[1]).toMatchObject({
      upperLowerIndex: 1,
      wrongAnswers: [{ response: "=cmd()", count: 1 }],
    });
    expect(report.distribution.map((bin) => bin.count)).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    const { csv } = await exportQuestionsCsv({ actor: teacher, assignmentId: assignment.id });
    expect(csv).toContain("'=cmd() (1)");
    expect(csv).not.toMatch(/(^|,)=cmd/m);
  });
});
