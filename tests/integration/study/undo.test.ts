import { describe, expect, it } from "vitest";
import { getProgress } from "@/app/_server/data/progress/get-progress";
import { undoLastAnswer } from "@/app/_server/data/study/undo-last-answer";
import { makeArticle, makeCard } from "@/tests/factories/content";
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
