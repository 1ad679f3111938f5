import { describe, expect, it } from "vitest";
import { prisma } from "@/app/_server/db";
import { database } from "@/app/_server/db";
import { listDueCards } from "@/app/_server/data/study/list-due-cards";
import { frontierRaise, raiseFrontier } from "@/app/_server/data/study/new-frontier";
import { undoLastAnswer } from "@/app/_server/data/study/undo-last-answer";
import type { CurrentUser } from "@/app/_server/current-user";
import { contentGeneration, makeArticle, type QuestionSpec } from "@/tests/factories/content";
import { answer, makeStudent, minutes, t0 } from "./study-helpers";

// One question per sentence, so no two are siblings.
const separate = (count: number): QuestionSpec[] =>
  Array.from({ length: count }, (_, i) => ({ type: "cloze", answer: "Niamey", sentence: i }));

async function frontierOf(userId: string) {
  return (await prisma()).newQuestionFrontier.findUnique({
    where: { userId },
    select: { articleId: true, position: true, version: true },
  });
}

/** A raise as a walk that read no frontier, in today's content, would ask for. */
async function firstRaise(articleId: string, position: number) {
  return { articleId, position, fromVersion: null, generation: await contentGeneration() };
}

async function newIds(actor: CurrentUser, articleIds?: string[], now = t0) {
  const queue = await listDueCards({ actor, now, articleIds });
  return queue.items.filter((item) => item.kind === "new").map((item) => item.questionId);
}

// Questions new to the user in sentences before their frontier, in the walk's order: always none.
async function newBeforeFrontier(userId: string): Promise<number> {
  const [row] = await (
    await prisma()
  ).$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count"
    FROM "NewQuestionFrontier" f
    JOIN "Sentence" s ON (s."articleId", s."position") < (f."articleId", f."position")
    JOIN "Question" q ON q."sentenceId" = s."id" AND q."retiredAt" IS NULL
    LEFT JOIN "Card" c ON c."userId" = f."userId" AND c."questionId" = q."id"
    WHERE f."userId" = ${userId} AND (c."questionId" IS NULL OR c."state" = 0)`;
  return row!.count;
}

describe("the new-question frontier", () => {
  it("is raised by a walk over every article to its first new question, with nothing new before it", async () => {
    const student = await makeStudent();
    await makeArticle({ questions: separate(3) });
    expect(await frontierOf(student.id)).toBeNull();
    await listDueCards({ actor: student, now: t0 });
    const first = await frontierOf(student.id);
    expect(first).toMatchObject({ version: 0 });
    expect(await newBeforeFrontier(student.id)).toBe(0);

    // Studying every question of the frontier's sentence moves it on at the next walk.
    const atFrontier = await (
      await prisma()
    ).question.findMany({
      where: {
        retiredAt: null,
        sentence: { articleId: first!.articleId, position: first!.position },
      },
      select: { id: true },
    });
    expect(atFrontier.length).toBeGreaterThan(0);
    for (const [i, { id }] of atFrontier.entries()) {
      await answer(student, id, { response: "Niamey", durationMs: 1000, now: minutes(i) });
    }
    await listDueCards({ actor: student, now: minutes(10) });
    const moved = await frontierOf(student.id);
    expect(moved).not.toEqual(first);
    expect(await newBeforeFrontier(student.id)).toBe(0);
  });

  it("is where the walk starts, also over chosen articles, which do not raise it", async () => {
    const student = await makeStudent();
    const article = await makeArticle({ questions: separate(5) });
    const q = article.questions.map((x) => x.id);
    expect(await newIds(student, [article.id])).toEqual(q);
    expect(await frontierOf(student.id)).toBeNull();
    // As a raise would leave it once the first three sentences are studied.
    await raiseFrontier(await database(), student.id, await firstRaise(article.id, 3));
    expect(await newIds(student, [article.id])).toEqual([q[3], q[4]]);
  });

  it("goes back to an undone first answer's sentence, and a raise computed before the undo is refused", async () => {
    const student = await makeStudent();
    const article = await makeArticle({ questions: separate(4) });
    const q = article.questions.map((x) => x.id);
    await answer(student, q[0]!, { response: "Niamey", durationMs: 1000 });
    await answer(student, q[1]!, { response: "Niamey", durationMs: 1000, now: minutes(1) });
    const db = await database();
    await raiseFrontier(db, student.id, await firstRaise(article.id, 2));
    expect(await newIds(student, [article.id], minutes(2))).toEqual([q[2], q[3]]);

    await undoLastAnswer({ actor: student, now: minutes(2) });
    expect(await frontierOf(student.id)).toEqual({
      articleId: article.id,
      position: 1,
      version: 1,
    });
    expect(await newIds(student, [article.id], minutes(3))).toEqual([q[1], q[2], q[3]]);
    // A walk that read version 0 (before the undo) found its first new question at sentence 2.
    const stale = { ...(await firstRaise(article.id, 2)), fromVersion: 0 };
    await raiseFrontier(db, student.id, stale);
    expect(await frontierOf(student.id)).toMatchObject({ position: 1, version: 1 });
  });

  it("starts at the beginning after undoing a first answer when there was no frontier yet", async () => {
    const student = await makeStudent();
    const article = await makeArticle({ questions: separate(2) });
    const q = article.questions.map((x) => x.id);
    await answer(student, q[1]!, { response: "Niamey", durationMs: 1000 });
    await undoLastAnswer({ actor: student, now: minutes(1) });
    const undone = { articleId: article.id, position: 1, version: 1 };
    expect(await frontierOf(student.id)).toEqual(undone);
    expect(await newIds(student, [article.id], minutes(2))).toEqual(q);
    // A raise from a walk that read no frontier, before the undo, changes nothing over it.
    await raiseFrontier(await database(), student.id, await firstRaise(article.id, 2));
    expect(await frontierOf(student.id)).toEqual(undone);
    expect(await newIds(student, [article.id], minutes(3))).toEqual(q);
  });

  it("is void once content changes, and a raise computed from the content before is refused", async () => {
    const student = await makeStudent();
    const article = await makeArticle({ questions: separate(3) });
    const q = article.questions.map((x) => x.id);
    const db = await database();
    const before = await firstRaise(article.id, 2);
    await raiseFrontier(db, student.id, before);
    expect(await newIds(student, [article.id])).toEqual([q[2]]);

    // A new article moves the content generation on: the walk starts at the beginning again.
    await makeArticle({ questions: separate(1) });
    expect(await newIds(student, [article.id])).toEqual(q);
    // A walk over every article raises the void row, from the version it read, into today's content.
    await listDueCards({ actor: student, now: t0 });
    const raised = await (
      await prisma()
    ).newQuestionFrontier.findUniqueOrThrow({ where: { userId: student.id } });
    expect(raised.generation).toBe(await contentGeneration());
    // A walk that read the content before the change, writing only now, is refused.
    await (await prisma()).newQuestionFrontier.delete({ where: { userId: student.id } });
    await raiseFrontier(db, student.id, before);
    expect(await frontierOf(student.id)).toBeNull();
  });

  it("is voided, not lowered, by an undo that read content of another generation than the frontier's", async () => {
    const student = await makeStudent();
    const article = await makeArticle({ questions: separate(3) });
    const q = article.questions.map((x) => x.id);
    await answer(student, q[0]!, { response: "Niamey", durationMs: 1000 });
    // As a raise written by a walk of content that a sync committed while the undo below waited
    // for its locks: its sentence positions may not be those the undo reads.
    const newer = (await contentGeneration()) + 1;
    const db = await prisma();
    await db.newQuestionFrontier.create({
      data: { userId: student.id, articleId: article.id, position: 2, generation: newer },
    });
    await undoLastAnswer({ actor: student, now: minutes(1) });
    expect(
      await db.newQuestionFrontier.findUnique({
        where: { userId: student.id },
        select: { generation: true, version: true },
      }),
    ).toEqual({ generation: -1, version: 1 });
  });

  it("goes past the last sentence when a walk over every article finds nothing new", () => {
    const walk = {
      frontierArticle: "a2",
      frontierPosition: 7,
      frontierVersion: 3,
      contentGeneration: 2,
      walkEnd: { articleId: "a9", position: 41 },
    };
    expect(frontierRaise({ ...walk, fresh: [] })).toEqual({
      articleId: "a9",
      position: 41,
      fromVersion: 3,
      generation: 2,
    });
    const atEnd = { ...walk, frontierArticle: "a9", frontierPosition: 41 };
    expect(frontierRaise({ ...atEnd, fresh: [] })).toBeNull();
    const found = {
      id: "q",
      siblingKey: "k",
      version: 0,
      articleId: "10-conclusion",
      position: 2,
      revision: 0,
      walkOrder: 1,
    };
    const later = { ...found, id: "q2", position: 9, walkOrder: 2 };
    // A collation that ignores punctuation puts "10-conclusion" first; JavaScript would not. The walk's own numbering decides, in whatever order the aggregate gave them.
    const otherArticle = { ...found, id: "q3", articleId: "1-intro", position: 0, walkOrder: 3 };
    expect(frontierRaise({ ...walk, fresh: [later, otherArticle, found] })).toMatchObject({
      articleId: "10-conclusion",
      position: 2,
    });
  });
});
