import { describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS, createSession } from "@/app/_server/data/sessions/sessions";
import { listDueCards } from "@/app/_server/data/study/list-due-cards";
import { makeArticle } from "@/tests/factories/content";
import { answer, cardOf, logsOf, makeStudent, t0 } from "./study-helpers";

// The study endpoints act on a claimed user (the session cookie's user, taken from a cache) and
// their statements check the session row themselves: these are the checks that stand in for the
// per-request session lookup.
const afterExpiry = new Date(t0.getTime() + SESSION_MAX_AGE_SECONDS * 1000 + 1);

describe("a claimed user", () => {
  it("answers and reads the queue while the session counts", async () => {
    const student = await makeStudent();
    const article = await makeArticle();
    const actor = { ...student, sessionId: await createSession({ userId: student.id, now: t0 }) };
    const queue = await listDueCards({ actor, now: t0, articleIds: [article.id] });
    expect(queue.items.length).toBeGreaterThan(0);
    const questionId = article.questions[0]!.id;
    expect(await answer(actor, questionId, { response: "Niamey" })).toMatchObject({
      correct: true,
    });
    expect(await cardOf(student.id, questionId)).toMatchObject({ version: 1 });
  });

  it("is refused as signed out, with nothing written, once the session has expired", async () => {
    const student = await makeStudent();
    const article = await makeArticle();
    const actor = { ...student, sessionId: await createSession({ userId: student.id, now: t0 }) };
    const questionId = article.questions[0]!.id;
    const refusal = { code: "unauthenticated", userMessage: "Sign in to continue." };
    await expect(listDueCards({ actor, now: afterExpiry })).rejects.toMatchObject(refusal);
    await expect(answer(actor, questionId, { now: afterExpiry })).rejects.toMatchObject(refusal);
    expect(await logsOf(student.id)).toHaveLength(0);
    expect(await cardOf(student.id, questionId)).toBeNull();
  });

  it("cannot borrow another user's session", async () => {
    const owner = await makeStudent();
    const intruder = await makeStudent();
    const article = await makeArticle();
    const sessionId = await createSession({ userId: owner.id, now: t0 });
    const actor = { ...intruder, sessionId };
    await expect(
      answer(actor, article.questions[0]!.id, { response: "Niamey" }),
    ).rejects.toMatchObject({ code: "unauthenticated" });
    expect(await logsOf(intruder.id)).toHaveLength(0);
  });
});
