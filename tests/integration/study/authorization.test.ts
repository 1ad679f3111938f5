import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getProgress } from "@/app/_server/data/progress/get-progress";
import { listDueCards } from "@/app/_server/data/study/list-due-cards";
import { undoLastAnswer } from "@/app/_server/data/study/undo-last-answer";
import { makeArticle, makeCard } from "@/tests/factories/content";
import { answer, cardOf, days, logsOf, makeStudent, minutes, t0 } from "./study-helpers";

describe("one student's study data", () => {
  it("is never read or changed by another student's answer", async () => {
    const [owner, other] = [await makeStudent(), await makeStudent()];
    const question = (await makeArticle()).questions[0]!;
    await makeCard({ userId: owner.id, questionId: question.id, due: days(-1), version: 3 });
    const ownerCard = await cardOf(owner.id, question.id);
    // The other student has no card: version 3 is the owner's, so it is stale for them.
    await expect(
      answer(other, question.id, { response: "Niamey", cardVersion: 3 }),
    ).rejects.toMatchObject({ code: "stale", card: { version: 0, state: 0 } });
    const result = await answer(other, question.id, { response: "Niamey", cardVersion: 0 });
    expect(result.cardVersion).toBe(1);
    expect(await cardOf(owner.id, question.id)).toEqual(ownerCard);
    expect(await logsOf(owner.id)).toEqual([]);
  });

  it("keeps idempotency keys per student: another student's key is not a replay", async () => {
    const [first, second] = [await makeStudent(), await makeStudent()];
    const question = (await makeArticle()).questions[0]!;
    const key = randomUUID();
    const a = await answer(first, question.id, { idempotencyKey: key, response: "Niamey" });
    const b = await answer(second, question.id, { idempotencyKey: key, response: "Niamey" });
    expect(b.reviewId).not.toBe(a.reviewId);
    expect(await logsOf(first.id)).toHaveLength(1);
    expect(await logsOf(second.id)).toHaveLength(1);
  });

  it("shows in the queue only the student's own cards", async () => {
    const [owner, other] = [await makeStudent(), await makeStudent()];
    const article = await makeArticle({ questions: [{ type: "cloze", answer: "Niamey" }] });
    const id = article.questions[0]!.id;
    await makeCard({ userId: owner.id, questionId: id, due: days(-1), version: 5 });
    const queue = (who: typeof owner) =>
      listDueCards({ actor: who, now: t0, articleIds: [article.id] });
    expect((await queue(owner)).items).toEqual([
      expect.objectContaining({ questionId: id, kind: "review", cardVersion: 5 }),
    ]);
    expect((await queue(other)).items).toEqual([
      expect.objectContaining({ questionId: id, kind: "new", cardVersion: 0 }),
    ]);
  });

  it("cannot be undone or counted by another student", async () => {
    const [owner, other] = [await makeStudent(), await makeStudent()];
    const question = (await makeArticle()).questions[0]!;
    const result = await answer(owner, question.id, { response: "Niamey" });
    await expect(undoLastAnswer({ actor: other, now: minutes(1) })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      undoLastAnswer({ actor: other, now: minutes(1), reviewId: result.reviewId }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await logsOf(owner.id))[0]?.undoneAt).toBeNull();
    const progress = await getProgress({ actor: other, now: minutes(2), tzOffsetMinutes: 0 });
    expect(progress.heatmap.reduce((sum, day) => sum + day.count, 0)).toBe(0);
  });
});
