import { describe, expect, it } from "vitest";
import { getNextStudyItem } from "@/app/_server/data/study/get-next-study-item";
import { listDueCards } from "@/app/_server/data/study/list-due-cards";
import { maxNewCardsPerDay } from "@/app/_server/data/study/inputs";
import { extendNewCardsToday, updateStudySettings } from "@/app/_server/data/study/study-settings";
import type { CurrentUser } from "@/app/_server/current-user";
import { database, prisma } from "@/app/_server/db";
import { readQueueOf } from "@/app/_server/data/study/queue-statements";
import { makeArticle, makeCard, type QuestionSpec } from "@/tests/factories/content";
import { answer, days, makeStudent, minutes, t0 } from "./study-helpers";

// One question per sentence, so no two are siblings.
const separate = (count: number): QuestionSpec[] =>
  Array.from({ length: count }, (_, i) => ({ type: "cloze", answer: "Niamey", sentence: i }));

// Every test file shares one database, so each test studies its own articles only.
async function queueIds(actor: CurrentUser, articleIds: string[] | undefined, now = t0) {
  return (await listDueCards({ actor, now, articleIds })).items.map((item) => item.questionId);
}

async function limits(actor: CurrentUser, newCardsPerDay: number, reviewsPerDay: number) {
  await updateStudySettings({ actor, desiredRetention: 0.9, newCardsPerDay, reviewsPerDay });
}

// A student back after weeks away: `reviews` review cards overdue by a month or more (oldest
// first), then the article's last questions as cards in learning steps due a moment ago.
async function backlog(actor: CurrentUser, reviews: number, learningStates: number[]) {
  const article = await makeArticle({ questions: separate(reviews + learningStates.length) });
  const q = article.questions.map((x) => x.id);
  const card = (questionId: string, state: number, due: Date) => ({
    userId: actor.id,
    questionId,
    state,
    due,
    stability: 10,
    difficulty: 5,
    reps: 3,
    version: 3,
  });
  await (
    await prisma()
  ).card.createMany({
    data: [
      ...q.slice(0, reviews).map((id, i) => card(id, 2, minutes(i - 60 * 24 * 60))),
      ...learningStates.map((state, i) => card(q[reviews + i]!, state, minutes(i - 2))),
    ],
  });
  return { article, reviews: q.slice(0, reviews), learning: q.slice(reviews) };
}

describe("the study queue", () => {
  it("says which learning steps come back later today, and how soon the first does", async () => {
    const student = await makeStudent();
    const article = await makeArticle({ questions: separate(3) });
    const q = article.questions.map((x) => x.id);
    // Missed a moment ago (back in 40 and 90 minutes), and one step due tomorrow, after 4 am.
    await makeCard({ userId: student.id, questionId: q[0]!, state: 3, due: minutes(90) });
    await makeCard({ userId: student.id, questionId: q[1]!, state: 1, due: minutes(40) });
    await makeCard({ userId: student.id, questionId: q[2]!, state: 1, due: days(1) });
    await limits(student, 0, 200);
    const next = await getNextStudyItem({ actor: student, now: t0, articleIds: [article.id] });
    expect(next.item).toBeNull();
    expect(next.laterToday).toEqual({ count: 2, nextAt: minutes(40), inMs: 40 * 60_000 });
  });

  it("puts due reviews first, oldest first, then new questions in article order", async () => {
    const student = await makeStudent();
    const article = await makeArticle({ questions: separate(5) });
    const q = article.questions.map((x) => x.id);
    await makeCard({ userId: student.id, questionId: q[0]!, due: days(-1) });
    await makeCard({ userId: student.id, questionId: q[1]!, due: days(-3) });
    await makeCard({ userId: student.id, questionId: q[2]!, due: days(2) });
    const queue = await listDueCards({ actor: student, now: t0, articleIds: [article.id] });
    expect(queue.items.map((item) => [item.questionId, item.kind])).toEqual([
      [q[1], "review"],
      [q[0], "review"],
      [q[3], "new"],
      [q[4], "new"],
    ]);
    expect(queue.counts).toEqual({ new: 2, learning: 0, review: 2 });
  });

  it("introduces new questions up to the daily limit, counting those answered today", async () => {
    const student = await makeStudent();
    await limits(student, 2, 200);
    const article = await makeArticle({ questions: separate(5) });
    const q = article.questions.map((x) => x.id);
    expect(await queueIds(student, [article.id], minutes(-60))).toEqual([q[0], q[1]]);
    await answer(student, q[0]!, { response: "Niamey", now: minutes(-60) });
    const queue = await listDueCards({ actor: student, now: t0, articleIds: [article.id] });
    expect(queue.counts).toEqual({ new: 1, learning: 1, review: 0 });
    expect(queue.items.map((item) => item.questionId)).toEqual([q[0], q[1]]);
  });

  it("caps the reviews of a day at the daily review limit", async () => {
    const student = await makeStudent();
    await limits(student, 0, 2);
    const article = await makeArticle({ questions: separate(4) });
    const q = article.questions.map((x) => x.id);
    for (const [i, id] of q.entries()) {
      await makeCard({ userId: student.id, questionId: id, due: days(-1 - i) });
    }
    const queue = await listDueCards({ actor: student, now: t0, articleIds: [article.id] });
    expect(queue.items.map((item) => item.questionId)).toEqual([q[3], q[2]]);
    expect(queue.reviewsOverLimit).toBe(2);
  });

  it("shows learning and relearning cards however many overdue reviews wait, each in its due order", async () => {
    const student = await makeStudent();
    await limits(student, 0, 5);
    // More overdue reviews than the review limit and its margin (5 + 200) hold.
    const { article, reviews, learning } = await backlog(student, 206, [1, 3]);
    const queue = await listDueCards({ actor: student, now: t0, articleIds: [article.id] });
    expect(queue.items.map((item) => [item.questionId, item.kind])).toEqual([
      ...reviews.slice(0, 5).map((id) => [id, "review"]),
      [learning[0], "learning"],
      [learning[1], "learning"],
    ]);
    expect(queue.counts).toEqual({ new: 0, learning: 2, review: 5 });
  });

  it("hands out a relearning card when the review limit is used up and the backlog is large", async () => {
    const student = await makeStudent();
    await limits(student, 0, 0);
    const { article, learning } = await backlog(student, 201, [3]);
    const next = await getNextStudyItem({ actor: student, now: t0, articleIds: [article.id] });
    expect(next.item).toMatchObject({ questionId: learning[0], kind: "learning", cardVersion: 3 });
    expect(next.remaining).toEqual({ new: 0, learning: 1, review: 0 });
  });

  it("defers the siblings of a question answered today to another study day", async () => {
    const student = await makeStudent();
    const article = await makeArticle(); // two questions per sentence
    const q = article.questions.map((x) => x.id);
    await makeCard({ userId: student.id, questionId: q[2]!, due: days(-1) });
    // Fast correct answers are rated Easy: the cards graduate at once and are due days later.
    await answer(student, q[0]!, { response: "Niamey", now: minutes(-60), durationMs: 1000 });
    await answer(student, q[3]!, { response: "true", now: minutes(-50), durationMs: 1000 });
    const queue = await listDueCards({ actor: student, now: t0, articleIds: [article.id] });
    expect(queue.items.map((item) => item.questionId)).toEqual([q[4]]);
    expect(queue.deferredSiblings.sort()).toEqual([q[1], q[2]].sort());
    expect(await queueIds(student, [article.id], days(1))).toEqual(
      expect.arrayContaining([q[1], q[2]]),
    );
  });

  it("starts the study day at 4 am in the student's own time zone", async () => {
    const student = await makeStudent();
    const article = await makeArticle();
    const q = article.questions.map((x) => x.id);
    await updateStudySettings({
      actor: student,
      desiredRetention: 0.9,
      newCardsPerDay: 20,
      reviewsPerDay: 200,
      timeZone: "America/New_York",
    });
    // 08:00 in New York; rated Easy, so the card itself is not due again for days.
    await answer(student, q[0]!, { response: "Niamey", now: t0, durationMs: 1000 });
    // 03:00 the next night in New York is still the same study day: the sibling waits.
    expect(await queueIds(student, [article.id], new Date("2026-03-11T07:00:00Z"))).not.toContain(
      q[1],
    );
    expect(await queueIds(student, [article.id], new Date("2026-03-11T09:00:00Z"))).toContain(q[1]);
  });

  it("never includes retired questions, due or new", async () => {
    const student = await makeStudent();
    const article = await makeArticle({
      questions: [
        { type: "cloze", answer: "Niamey", sentence: 0, retired: true },
        { type: "cloze", answer: "Niger", sentence: 1, retired: true },
        { type: "cloze", answer: "Bazoum", sentence: 2 },
      ],
    });
    const [retiredDue, , live] = article.questions.map((x) => x.id);
    await makeCard({ userId: student.id, questionId: retiredDue!, due: days(-1) });
    expect(await queueIds(student, [article.id])).toEqual([live]);
  });

  it("studies only the chosen articles when the student picks some", async () => {
    const student = await makeStudent();
    await limits(student, maxNewCardsPerDay, 200); // room for the other tests' articles too
    const first = await makeArticle({ questions: separate(2) });
    const second = await makeArticle({ questions: separate(2) });
    await makeCard({ userId: student.id, questionId: first.questions[0]!.id, due: days(-1) });
    expect(await queueIds(student, [second.id])).toEqual(second.questions.map((x) => x.id));
    expect(await queueIds(student, [first.id])).toEqual(first.questions.map((x) => x.id));
    const both = [...first.questions, ...second.questions].map((x) => x.id);
    expect(await queueIds(student, [first.id, second.id])).toEqual(expect.arrayContaining(both));
    expect(await queueIds(student, undefined)).toEqual(expect.arrayContaining(both));
  });

  it("does not bring back a card answered a moment ago while other questions wait", async () => {
    const student = await makeStudent();
    const article = await makeArticle({ questions: separate(2) });
    const q = article.questions.map((x) => x.id);
    const next = async (now: Date) =>
      (await getNextStudyItem({ actor: student, now, articleIds: [article.id] })).item?.questionId;
    await answer(student, q[0]!, { response: "Niamey", now: t0 });
    expect(await next(minutes(1))).toBe(q[1]);
    await answer(student, q[1]!, { response: "Niamey", now: minutes(1) });
    // Nothing else left: a learning step due within 20 minutes is shown early.
    expect(await next(minutes(2))).toBe(q[0]);
  });

  it("hands out the next question without its answer, with the card version to send back", async () => {
    const student = await makeStudent();
    const article = await makeArticle({
      questions: [
        { type: "multiple_choice", answer: "Niamey", choices: ["Agadez", "Niamey"], sentence: 0 },
        { type: "flashcard", answer: "A coup", sentence: 1 },
      ],
    });
    const [choice, flashcard] = article.questions;
    await makeCard({ userId: student.id, questionId: choice!.id, due: days(-1), version: 7 });
    const next = await getNextStudyItem({ actor: student, now: t0, articleIds: [article.id] });
    expect(next).toEqual({
      item: {
        questionId: choice!.id,
        type: "multiple_choice",
        kind: "review",
        prompt: expect.any(String),
        choices: ["Agadez", "Niamey"],
        articleId: article.id,
        sentenceId: choice!.sentenceId,
        cardVersion: 7,
        flashcardBack: null,
      },
      remaining: { new: 1, learning: 0, review: 1 },
      studyDay: { key: "2026-03-10", endsAt: new Date("2026-03-11T04:00:00Z") },
      tomorrow: null,
      learnMore: null,
      laterToday: { count: 0, nextAt: null, inMs: null },
    });
    expect(JSON.stringify(next)).not.toContain("sourceQuote");
    await answer(student, choice!.id, { response: "Niamey", cardVersion: 7 });
    const back = await getNextStudyItem({
      actor: student,
      now: minutes(1),
      articleIds: [article.id],
    });
    expect(back.item).toMatchObject({
      questionId: flashcard!.id,
      flashcardBack: { answer: "A coup" },
    });
  });

  it("reports an empty queue when everything for today is done", async () => {
    const student = await makeStudent();
    const article = await makeArticle({ questions: separate(1) });
    const q = article.questions[0]!;
    await answer(student, q.id, { response: "Niamey", durationMs: 1000 }); // Easy: days away
    const next = await getNextStudyItem({
      actor: student,
      now: minutes(30),
      articleIds: [article.id],
    });
    expect(next.item).toBeNull();
    expect(next.remaining).toEqual({ new: 0, learning: 0, review: 0 });
    expect(next.tomorrow).toEqual({ key: "2026-03-11", reviews: 0, newQuestions: 0 });
  });

  it("tells what tomorrow holds once today is done: reviews up to the limit, learning steps, new questions left", async () => {
    const student = await makeStudent();
    await limits(student, 2, 2);
    const article = await makeArticle({ questions: separate(9) });
    const q = article.questions.map((x) => x.id);
    for (const id of q.slice(0, 3))
      await makeCard({ userId: student.id, questionId: id, due: days(1) });
    await makeCard({ userId: student.id, questionId: q[3]!, due: days(3) });
    await makeCard({ userId: student.id, questionId: q[4]!, due: days(1), state: 1 });
    await makeCard({ userId: student.id, questionId: q[5]!, due: days(1) });
    await (await prisma()).question.update({ where: { id: q[5]! }, data: { retiredAt: t0 } });
    for (const id of [q[6]!, q[7]!]) {
      await answer(student, id, { response: "Niamey", durationMs: 1000, now: minutes(-60) });
    }

    const next = await getNextStudyItem({ actor: student, now: t0, articleIds: [article.id] });

    expect(next.item).toBeNull();
    // Three reviews due tomorrow, capped at two; the learning step on top; one new question left
    // (q8); the review due in three days and the retired question's card do not count.
    expect(next.tomorrow).toEqual({ key: "2026-03-11", reviews: 3, newQuestions: 1 });
    const busy = await getNextStudyItem({ actor: student, now: days(1), articleIds: [article.id] });
    expect(busy.remaining).toEqual({ new: 1, learning: 1, review: 2 });
    expect(busy.tomorrow).toBeNull();
  });

  it("shows a question's current text after content sync rewrote it under the same id", async () => {
    const student = await makeStudent();
    const article = await makeArticle({ questions: separate(1) });
    const q = article.questions[0]!;
    const first = await getNextStudyItem({ actor: student, now: t0, articleIds: [article.id] });
    expect(first.item?.prompt).not.toBe("Which city is Niger's capital?");
    // As write-questions.ts does (a Prisma update, which moves updatedAt), one second later.
    await (
      await prisma()
    ).question.update({
      where: { id: q.id },
      data: { prompt: "Which city is Niger's capital?", updatedAt: new Date(Date.now() + 1000) },
    });
    const again = await getNextStudyItem({ actor: student, now: t0, articleIds: [article.id] });
    expect(again.item?.prompt).toBe("Which city is Niger's capital?");
  });

  it("learns more new questions today when asked, once however often it is asked, and not tomorrow", async () => {
    const student = await makeStudent();
    await limits(student, 1, 200);
    const article = await makeArticle({ questions: separate(14) });
    const chosen = { actor: student, articleIds: [article.id] };
    // Easy answers graduate at once, so the queue empties when the new limit is reached.
    const answerFirst = async (now: Date) => {
      const next = await getNextStudyItem({ ...chosen, now });
      return answer(student, next.item!.questionId, { response: "Niamey", now, durationMs: 1000 });
    };
    await answerFirst(t0);
    const done = await getNextStudyItem({ ...chosen, now: t0 });
    expect(done.item).toBeNull();
    expect(done.learnMore).toEqual({ questions: 10, extraNewCards: 10 });

    // The same request twice (a retry) allows ten more, not twenty.
    for (let i = 0; i < 2; i++) {
      const request = { actor: student, extraNewCards: 10, day: done.studyDay.key, now: t0 };
      expect(await extendNewCardsToday(request)).toEqual({
        day: "2026-03-10",
        extraNewCards: 10,
      });
    }
    expect((await listDueCards({ ...chosen, now: t0 })).counts.new).toBe(10);
    for (let i = 0; i < 10; i++) await answerFirst(minutes(i + 1));
    const again = await getNextStudyItem({ ...chosen, now: minutes(11) });
    expect(again.item).toBeNull();
    // Three questions are left: that is what the next step offers, on top of today's ten.
    expect(again.learnMore).toEqual({ questions: 3, extraNewCards: 20 });

    // The next study day has its own limit again.
    const tomorrow = await listDueCards({ ...chosen, now: days(1) });
    expect(tomorrow.counts.new).toBe(1);
    expect(tomorrow.extraNewToday).toBe(0);
  });

  it("reads more new candidates for today's allowance only, not for one from an earlier day", async () => {
    const student = await makeStudent();
    await limits(student, 0, 200);
    const article = await makeArticle({ questions: separate(100) });
    const candidates = async (now: Date) => {
      const row = await readQueueOf(await database())({
        userId: student.id,
        dueBefore: days(1),
        answeredSince: days(-1),
        articleIds: [article.id],
        sessionId: null,
        now,
      });
      return row!.fresh.length;
    };
    expect(await candidates(t0)).toBe(50);
    await extendNewCardsToday({ actor: student, extraNewCards: 20, day: "2026-03-10", now: t0 });
    // Twice the day's new questions and a margin of 50: (0 + 20) × 2 + 50.
    expect(await candidates(t0)).toBe(90);
    expect(await candidates(days(7))).toBe(50);
  });

  it("refuses an allowance out of range, or for a study day that has ended, with a clear message and changes nothing", async () => {
    const student = await makeStudent();
    for (const extraNewCards of [0, 501, 2.5, Number.NaN]) {
      await expect(
        extendNewCardsToday({ actor: student, extraNewCards, day: "2026-03-10", now: t0 }),
      ).rejects.toMatchObject({ code: "bad_input" });
    }
    await expect(
      extendNewCardsToday({ actor: student, extraNewCards: 10, day: "10 March", now: t0 }),
    ).rejects.toMatchObject({ code: "bad_input", userMessage: "day must be YYYY-MM-DD." });
    // Offered on the study day before (the tap came after 4 am): the new day gets nothing.
    await expect(
      extendNewCardsToday({ actor: student, extraNewCards: 10, day: "2026-03-09", now: t0 }),
    ).rejects.toMatchObject({
      code: "conflict",
      userMessage: "A new study day has begun, with new questions of its own.",
    });
    const row = await (
      await prisma()
    ).user.findUniqueOrThrow({
      where: { id: student.id },
      select: { extraNewCards: true, extraNewDay: true },
    });
    expect(row).toEqual({ extraNewCards: 0, extraNewDay: null });
  });
});
