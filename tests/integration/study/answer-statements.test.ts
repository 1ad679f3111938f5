import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newCardState, parseSchedulerConfig, scheduleAnswer } from "@/app/_domain/scheduling";
import { database } from "@/app/_server/db";
import { createSession, deleteSession } from "@/app/_server/data/sessions/sessions";
import { answerStatements } from "@/app/_server/data/study/answer-statements";
import type { AnswerWrite } from "@/app/_server/data/study/record-answer-sql";
import { makeArticle } from "@/tests/factories/content";
import { answer, cardOf, logsOf, makeStudent, minutes, t0 } from "./study-helpers";

// The statements recordAnswer shares between concurrent answers, several answers at once. With one
// statement in flight at a time, the first call goes alone and the calls made meanwhile go together.
const oneAtATime = { maxInFlight: 1, maxBatch: 64 };
const config = parseSchedulerConfig({ desiredRetention: 0.9 });

async function statements() {
  const db = await database();
  return answerStatements((statement) => db.hotQuery(statement), oneAtATime);
}

// A first answer (rated Good) to a card the student has never seen.
function firstAnswer(userId: string, questionId: string, key = randomUUID()): AnswerWrite {
  const { after, log } = scheduleAnswer({ card: newCardState(t0), rating: 3, now: t0, config });
  return {
    reviewId: randomUUID(),
    userId,
    questionId,
    idempotencyKey: key,
    payloadHash: "hash",
    response: "Niamey",
    correct: true,
    durationMs: 4000,
    expectedVersion: 0,
    after,
    log,
  };
}

const cloze = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    type: "cloze" as const,
    answer: "Niamey",
    sentence: i % 3,
  }));

describe("the answer statements, shared by concurrent answers", () => {
  it("read each answer's context under its own user, and nothing for a session that ended", async () => {
    const [ada, bo] = [await makeStudent(), await makeStudent()];
    const question = (await makeArticle()).questions[0]!;
    const adaSession = await createSession({ userId: ada.id });
    const boSession = await createSession({ userId: bo.id });
    await answer(ada, question.id, { response: "Niamey" });
    await deleteSession(boSession);
    const { readContext } = await statements();
    const request = (userId: string, sessionId: string | null) =>
      readContext({
        userId,
        questionId: question.id,
        idempotencyKey: randomUUID(),
        sessionId,
        now: minutes(1),
      });
    const [first, ...together] = await Promise.all([
      request(ada.id, adaSession),
      request(bo.id, boSession),
      request(ada.id, null),
      request(bo.id, null),
    ]);
    expect(first).toMatchObject({ qId: question.id, version: 1, reps: 1 });
    expect(together[0]).toBeUndefined(); // Bo's session was deleted
    expect(together[1]).toMatchObject({ qId: question.id, version: 1 });
    expect(together[2]).toMatchObject({ qId: question.id, version: null }); // Bo has no card yet
  });

  it("write the answers sent together and leave out only the one whose card changed", async () => {
    const student = await makeStudent();
    const { questions } = await makeArticle({ questions: cloze(4) });
    await answer(student, questions[3]!.id, { response: "Niamey" }); // that card is at version 1 now
    const { writeAnswer } = await statements();
    const written = await Promise.all(
      questions.map((question) => writeAnswer(firstAnswer(student.id, question.id))),
    );
    expect(written).toEqual([true, true, true, false]);
    expect(await logsOf(student.id)).toHaveLength(4);
    expect(await cardOf(student.id, questions[3]!.id)).toMatchObject({ version: 1, reps: 1 });
  });

  it("write nothing of a statement in which one answer reuses a key, then each answer alone", async () => {
    const student = await makeStudent();
    const { questions } = await makeArticle({ questions: cloze(4) });
    const reused = randomUUID();
    await answer(student, questions[0]!.id, { idempotencyKey: reused, response: "Niamey" });
    const { writeAnswer } = await statements();
    const outcomes = await Promise.allSettled([
      writeAnswer(firstAnswer(student.id, questions[1]!.id)), // alone
      writeAnswer(firstAnswer(student.id, questions[2]!.id)), // these two together:
      writeAnswer(firstAnswer(student.id, questions[3]!.id, reused)), // the statement fails
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "rejected",
    ]);
    expect(await cardOf(student.id, questions[2]!.id)).toMatchObject({ version: 1 });
    expect(await cardOf(student.id, questions[3]!.id)).toBeNull();
    expect(await logsOf(student.id)).toHaveLength(3);
  });

  it("write one card sent twice in one statement once, and report the other answer unwritten", async () => {
    const student = await makeStudent();
    const { questions } = await makeArticle({ questions: cloze(2) });
    const { writeAnswer } = await statements();
    const written = await Promise.all([
      writeAnswer(firstAnswer(student.id, questions[0]!.id)), // alone
      writeAnswer(firstAnswer(student.id, questions[1]!.id)), // these two together,
      writeAnswer(firstAnswer(student.id, questions[1]!.id)), // the same card twice
    ]);
    expect(written[0]).toBe(true);
    expect(written.slice(1).sort()).toEqual([false, true]);
    expect(await cardOf(student.id, questions[1]!.id)).toMatchObject({ version: 1, reps: 1 });
    expect(await logsOf(student.id)).toHaveLength(2);
  });
});
