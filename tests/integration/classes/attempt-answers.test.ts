import { describe, expect, it } from "vitest";
import { recordAttemptAnswer } from "@/app/_server/data/attempts/record-attempt-answer";
import { getAttemptResults } from "@/app/_server/data/attempts/get-attempt";
import { startAttempt } from "@/app/_server/data/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/data/attempts/submit-attempt";
import { updateQuestionSet } from "@/app/_server/data/sets/question-sets";
import { getAssignmentForStudent } from "@/app/_server/data/assignments/student-assignments";
import { HOUR, at, makeQuestions, T0 } from "@/tests/factories/classes";
import { answer, setup } from "./attempt-setup";

describe("attempt rules: answers, submission and results", () => {
  it("returns the first result when the same answer is sent again with the same key, even at once", async () => {
    const { student, assignment, questions } = await setup();
    const { attemptId } = await startAttempt({
      actor: student,
      assignmentId: assignment.id,
      now: T0,
    });
    const sent = answer(attemptId, questions[0]!.id, questions[0]!.answer.toLowerCase());
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        recordAttemptAnswer({ actor: student, input: sent, now: T0 }),
      ),
    );
    expect(results.every((r) => r.correct)).toBe(true);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    await expect(
      recordAttemptAnswer({ actor: student, input: { ...sent, response: "other" }, now: T0 }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      recordAttemptAnswer({
        actor: student,
        input: answer(attemptId, questions[0]!.id, "other"),
        now: T0,
      }),
    ).rejects.toMatchObject({ userMessage: "You already answered this question." });
  });

  it("submits once: a double submit returns the first submission unchanged", async () => {
    const { student, assignment, questions } = await setup();
    const { attemptId } = await startAttempt({
      actor: student,
      assignmentId: assignment.id,
      now: T0,
    });
    await recordAttemptAnswer({
      actor: student,
      input: answer(attemptId, questions[2]!.id, questions[2]!.answer),
      now: T0,
    });
    const [a, b] = await Promise.all([
      submitAttempt({ actor: student, attemptId, now: at(1000) }),
      submitAttempt({ actor: student, attemptId, now: at(2000) }),
    ]);
    expect(a).toEqual(b);
    const later = await submitAttempt({ actor: student, attemptId, now: at(3 * HOUR) });
    expect(later).toEqual(a);
    expect(later.late).toBe(false);
    await expect(
      recordAttemptAnswer({
        actor: student,
        input: answer(attemptId, questions[0]!.id, "x"),
        now: at(3000),
      }),
    ).rejects.toMatchObject({ userMessage: "This attempt is already submitted." });
  });

  it("keeps a submitted attempt's questions and results when the teacher edits the set afterwards", async () => {
    const { teacher, student, assignment, set, questions } = await setup();
    const { attemptId } = await startAttempt({
      actor: student,
      assignmentId: assignment.id,
      now: T0,
    });
    for (const q of questions)
      await recordAttemptAnswer({
        actor: student,
        input: answer(attemptId, q.id, q === questions[1] ? q.wrong : q.answer),
        now: T0,
      });
    await submitAttempt({ actor: student, attemptId, now: T0 });
    const extra = await makeQuestions(1);
    await updateQuestionSet({
      actor: teacher,
      setId: set.id,
      input: { questionIds: [extra[0]!.id, questions[0]!.id] },
    });
    const results = await getAttemptResults({ actor: student, attemptId });
    expect(results.items.map((i) => i.questionId)).toEqual(questions.map((q) => q.id));
    expect(results.items.map((i) => i.correct)).toEqual([true, false, true]);
    expect(results.score).toBeCloseTo(2 / 3, 10);
    expect(results.items[1]).toMatchObject({
      response: "Wrong guess",
      answer: "Answer 2",
      sourceHref: `/articles/${questions[1]!.articleId}#s-${questions[1]!.sentenceId}`,
    });
  });

  it("counts practice done only when every question was answered right once, over several rounds", async () => {
    const { student, assignment, questions } = await setup({ mode: "practice" });
    const round1 = await startAttempt({ actor: student, assignmentId: assignment.id, now: T0 });
    for (const q of questions)
      await recordAttemptAnswer({
        actor: student,
        input: answer(round1.attemptId, q.id, q === questions[0] ? "nope" : q.answer),
        now: T0,
      });
    await submitAttempt({ actor: student, attemptId: round1.attemptId, now: T0 });
    let state = await getAssignmentForStudent({
      actor: student,
      assignmentId: assignment.id,
      now: T0,
    });
    expect(state).toMatchObject({
      status: "in_progress",
      practiceProgress: { correct: 2, total: 3 },
    });
    const round2 = await startAttempt({ actor: student, assignmentId: assignment.id, now: T0 });
    await recordAttemptAnswer({
      actor: student,
      input: answer(round2.attemptId, questions[0]!.id, questions[0]!.answer),
      now: T0,
    });
    state = await getAssignmentForStudent({ actor: student, assignmentId: assignment.id, now: T0 });
    expect(state).toMatchObject({ status: "done", practiceProgress: { correct: 3, total: 3 } });
  });
});
