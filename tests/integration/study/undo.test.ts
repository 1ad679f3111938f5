import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  parseSchedulerConfig,
  scheduleAnswer,
  type CardStateValue,
} from "@/app/_domain/scheduling";
import type { CurrentUser } from "@/app/_server/current-user";
import { database, prisma } from "@/app/_server/db";
import { getProgress } from "@/app/_server/data/progress/get-progress";
import { writeAnswersSql, type AnswerWrite } from "@/app/_server/data/study/record-answer-sql";
import { undoLastAnswer } from "@/app/_server/data/study/undo-last-answer";
import { makeArticle, makeCard } from "@/tests/factories/content";
import { testDatabaseKind } from "@/tests/support/test-database";
import { answer, cardOf, days, logsOf, makeStudent, minutes, t0 } from "./study-helpers";

describe("undoing the last answer", () => {
  it("restores the card exactly as it was before the answer, under a new version", async () => {
    const student = await makeStudent();
    const question = (await makeArticle()).questions[0]!;
    await makeCard({ userId: student.id, questionId: question.id, due: days(-2), version: 4 });
    const before = await cardOf(student.id, question.id);
    const result = await answer(student, question.id, { response: "Agadez", cardVersion: 4 });
    expect((await cardOf(student.id, question.id))?.lapses).toBe(1);
    const undone = await undoLastAnswer({ actor: student, now: minutes(1) });
    expect(undone).toEqual({
      reviewId: result.reviewId,
      card: expect.objectContaining({ questionId: question.id, version: 6, due: before!.due }),
    });
    expect(await cardOf(student.id, question.id)).toEqual({ ...before, version: 6 });
    expect(await logsOf(student.id)).toEqual([
      expect.objectContaining({ id: result.reviewId, undoneAt: minutes(1) }),
    ]);
  });

  it("puts a first answer back to a new card that can be answered again", async () => {
    const student = await makeStudent();
    const question = (await makeArticle()).questions[0]!;
    await answer(student, question.id, { response: "Niamey" });
    await undoLastAnswer({ actor: student, now: minutes(1) });
    expect(await cardOf(student.id, question.id)).toMatchObject({ state: 0, reps: 0, version: 2 });
    // The device that saw version 1 (after the undone answer) cannot write over the restored card.
    await expect(
      answer(student, question.id, { response: "Niamey", cardVersion: 1 }),
    ).rejects.toMatchObject({ code: "stale", card: { version: 2 } });
    const again = await answer(student, question.id, { response: "Niamey", cardVersion: 2 });
    expect(again.cardVersion).toBe(3);
  });

  it("undoes answers one at a time, latest first, and refuses when none is left", async () => {
    const student = await makeStudent();
    const [first, second] = (await makeArticle()).questions;
    const a = await answer(student, first!.id, { response: "Niamey", now: t0 });
    const b = await answer(student, second!.id, { response: "Niamey", now: minutes(1) });
    expect((await undoLastAnswer({ actor: student, now: minutes(2) })).reviewId).toBe(b.reviewId);
    expect((await undoLastAnswer({ actor: student, now: minutes(3) })).reviewId).toBe(a.reviewId);
    await expect(undoLastAnswer({ actor: student, now: minutes(4) })).rejects.toMatchObject({
      code: "not_found",
      userMessage: "There is no answer to undo.",
    });
  });

  it("is idempotent for a named review: repeating it does not undo an earlier answer", async () => {
    const student = await makeStudent();
    const [first, second] = (await makeArticle()).questions;
    await answer(student, first!.id, { response: "Niamey", now: t0 });
    const b = await answer(student, second!.id, { response: "Niamey", now: minutes(1) });
    const once = await undoLastAnswer({ actor: student, now: minutes(2), reviewId: b.reviewId });
    const twice = await undoLastAnswer({ actor: student, now: minutes(3), reviewId: b.reviewId });
    expect(twice).toEqual(once);
    expect((await logsOf(student.id)).filter((log) => log.undoneAt !== null)).toHaveLength(1);
  });

  it("undoes two answers to one card in turn, each back to the card as it was before it", async () => {
    const student = await makeStudent();
    const question = (await makeArticle()).questions[0]!;
    const first = await answer(student, question.id, { response: "Niamey", now: t0 });
    const afterFirst = await cardOf(student.id, question.id);
    const second = await answer(student, question.id, {
      response: "Agadez",
      now: minutes(1),
      cardVersion: 1,
    });
    expect((await undoLastAnswer({ actor: student, now: minutes(2) })).reviewId).toBe(
      second.reviewId,
    );
    expect(await cardOf(student.id, question.id)).toEqual({ ...afterFirst, version: 3 });
    expect((await undoLastAnswer({ actor: student, now: minutes(3) })).reviewId).toBe(
      first.reviewId,
    );
    expect(await cardOf(student.id, question.id)).toMatchObject({ state: 0, reps: 0, version: 4 });
  });

  it("refuses to undo a named review that is not the latest answer", async () => {
    const student = await makeStudent();
    const [first, second] = (await makeArticle()).questions;
    const a = await answer(student, first!.id, { response: "Niamey", now: t0 });
    await answer(student, second!.id, { response: "Niamey", now: minutes(1) });
    await expect(
      undoLastAnswer({ actor: student, now: minutes(2), reviewId: a.reviewId }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("removes the undone answer from the progress statistics", async () => {
    const student = await makeStudent();
    const question = (await makeArticle()).questions[0]!;
    await makeCard({ userId: student.id, questionId: question.id, due: days(-1) });
    await answer(student, question.id, { response: "Agadez", cardVersion: 3 });
    const progress = () => getProgress({ actor: student, now: minutes(5), tzOffsetMinutes: 0 });
    const before = await progress();
    expect(before.heatmap.at(-1)).toEqual({ date: "2026-03-10", count: 1 });
    expect(before.retention.month).toMatchObject({ reviews: 1, passed: 0 });
    await undoLastAnswer({ actor: student, now: minutes(1) });
    const after = await progress();
    expect(after.heatmap.at(-1)).toEqual({ date: "2026-03-10", count: 0 });
    expect(after.retention.month).toMatchObject({ reviews: 0, rate: null });
    expect(after.streaks).toEqual({ current: 0, longest: 0 });
  });
});

// Another device's answer to the card, from the version it was shown (the card as it is now),
// as recordAnswer would write it.
async function answerFromOtherDevice(actor: CurrentUser, questionId: string): Promise<AnswerWrite> {
  const card = (await cardOf(actor.id, questionId))!;
  const config = parseSchedulerConfig({ desiredRetention: 0.9 });
  const current = { ...card, state: card.state as CardStateValue };
  const { after, log } = scheduleAnswer({ card: current, rating: 3, now: minutes(1), config });
  return {
    reviewId: randomUUID(),
    userId: actor.id,
    questionId,
    idempotencyKey: randomUUID(),
    payloadHash: "hash",
    response: "Niamey",
    correct: true,
    durationMs: 4000,
    expectedVersion: card.version,
    after,
    log,
  };
}

// Polls the lock manager (no sleep): resolves once some statement waits for a lock `pid` holds.
async function untilBlockedBy(pid: number): Promise<void> {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const [row] = await (
      await prisma()
    ).$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS "waiting" FROM pg_locks l
      WHERE NOT l.granted AND ${pid}::int = ANY(pg_blocking_pids(l.pid))`;
    if (row!.waiting > 0) return;
  }
  throw new Error(`Nothing waited for backend ${pid}.`);
}

// Writes `write` as recordAnswer's statement does, in a transaction held open (so it holds the
// card's row lock) until `undo` waits for it, then commits; returns how the undo settled.
async function undoWhileCommitting(write: AnswerWrite, undo: () => Promise<unknown>) {
  const statement = writeAnswersSql([write]);
  return (await database()).withConnection(async (sql) => {
    await sql.query("BEGIN");
    expect(await sql.query(statement.text, statement.values)).toHaveLength(1);
    const [holder] = await sql.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const settled = undo().then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    await untilBlockedBy(holder!.pid);
    await sql.query("COMMIT");
    return settled;
  });
}

// On PGlite one connection runs one statement at a time, so an answer cannot commit while an
// undo waits for it; on PostgreSQL it can, under READ COMMITTED.
describe.skipIf(testDatabaseKind() !== "postgresql")("undoing while another device answers", () => {
  it.each([
    ["naming the answer", true],
    ["naming none", false],
  ])(
    "changes nothing when another device's answer to the card commits while the undo waits for it, %s",
    async (_, named) => {
      const student = await makeStudent();
      const question = (await makeArticle()).questions[0]!;
      const first = await answer(student, question.id, { response: "Niamey", now: t0 });
      const write = await answerFromOtherDevice(student, question.id);
      const reviewId = named ? first.reviewId : undefined;
      const outcome = await undoWhileCommitting(write, () =>
        undoLastAnswer({ actor: student, now: minutes(2), reviewId }),
      );
      expect(outcome).toEqual({
        error: expect.objectContaining({
          code: "conflict",
          userMessage: "This card was just answered again, so this answer can no longer be undone.",
        }),
      });
      // The card is the other device's answer, which counts; the first answer still counts too.
      expect(await cardOf(student.id, question.id)).toMatchObject({
        version: 2,
        reps: 2,
        due: write.after.due,
      });
      expect(await logsOf(student.id)).toEqual([
        expect.objectContaining({ id: first.reviewId, undoneAt: null }),
        expect.objectContaining({ id: write.reviewId, undoneAt: null }),
      ]);
      // The first answer was a first one: undoing it would have lowered the new-question frontier.
      expect(
        await (await prisma()).newQuestionFrontier.findUnique({ where: { userId: student.id } }),
      ).toBeNull();
    },
  );
});
