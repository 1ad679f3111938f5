import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { recordAnswer } from "@/app/_server/data/study/record-answer";
import { StaleCardError } from "@/app/_server/data/study/stale-card-error";
import { makeArticle } from "@/tests/factories/content";
import { answer, cardOf, logsOf, makeStudent, minutes, t0 } from "./study-helpers";

describe("recording an answer", () => {
  it("grades a typed answer leniently and returns the answer, the source and the next due date", async () => {
    const student = await makeStudent();
    const article = await makeArticle();
    const question = article.questions.find((q) => q.type === "short_answer")!;
    const result = await answer(student, question.id, { response: "  bazoum " });
    expect(result).toMatchObject({
      questionId: question.id,
      correct: true,
      rating: 3,
      expectedAnswer: "Mohamed Bazoum",
      accepted: ["Bazoum"],
      source: {
        quote: question.sourceQuote,
        articleId: article.id,
        sentenceId: question.sentenceId,
        href: `/articles/${article.id}#s-${question.sentenceId}`,
      },
      cardVersion: 1,
      reviewedAt: t0,
    });
    expect(result.nextDue.getTime()).toBeGreaterThan(t0.getTime());
  });

  it("creates the card on a first answer and logs the state before it", async () => {
    const student = await makeStudent();
    const question = (await makeArticle()).questions[0]!;
    const result = await answer(student, question.id, { response: "Agadez" });
    expect(result).toMatchObject({ correct: false, rating: 1, cardVersion: 1 });
    expect(await cardOf(student.id, question.id)).toMatchObject({ state: 1, reps: 1, version: 1 });
    expect(await logsOf(student.id)).toEqual([
      expect.objectContaining({
        questionId: question.id,
        rating: 1,
        correct: false,
        stateBefore: 0,
        versionBefore: 0,
        stateAfter: 1,
        response: "Agadez",
        undoneAt: null,
      }),
    ]);
  });

  it("grades multiple choice and true/false by the option chosen", async () => {
    const student = await makeStudent();
    const questions = (await makeArticle()).questions;
    const choice = questions.find((q) => q.type === "multiple_choice")!;
    const trueFalse = questions.find((q) => q.type === "true_false")!;
    expect((await answer(student, choice.id, { response: "Niamey" })).correct).toBe(true);
    expect((await answer(student, trueFalse.id, { response: "false" })).correct).toBe(false);
  });

  it("takes a flashcard's rating from the student and refuses one without it", async () => {
    const student = await makeStudent();
    const flashcard = (await makeArticle()).questions.find((q) => q.type === "flashcard")!;
    await expect(answer(student, flashcard.id)).rejects.toMatchObject({ code: "bad_input" });
    const result = await answer(student, flashcard.id, { selfRating: 4 });
    expect(result).toMatchObject({ correct: null, rating: 4 });
  });

  it("returns the first result for a replay and records the answer only once", async () => {
    const student = await makeStudent();
    const question = (await makeArticle()).questions[0]!;
    const key = randomUUID();
    const first = await answer(student, question.id, { idempotencyKey: key, response: "Niamey" });
    const again = await answer(student, question.id, {
      idempotencyKey: key,
      response: "Niamey",
      now: minutes(5),
    });
    // Replayed five minutes later, it still says when the answer was recorded.
    expect(again).toEqual(first);
    expect(again.reviewedAt).toEqual(t0);
    expect(await logsOf(student.id)).toHaveLength(1);
    expect((await cardOf(student.id, question.id))?.version).toBe(1);
  });

  it("keeps exactly one review when the same key arrives fifty times at once", async () => {
    const student = await makeStudent();
    const question = (await makeArticle()).questions[0]!;
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        answer(student, question.id, {
          idempotencyKey: key,
          response: "niamey",
          now: minutes(i / 10),
        }),
      ),
    );
    expect(await logsOf(student.id)).toHaveLength(1);
    expect(await cardOf(student.id, question.id)).toMatchObject({ reps: 1, version: 1 });
    for (const result of results) expect(result).toEqual(results[0]);
  });

  it("refuses the same key with a different payload as a conflict and changes nothing", async () => {
    const student = await makeStudent();
    const [first, second] = (await makeArticle()).questions;
    const key = randomUUID();
    await answer(student, first!.id, { idempotencyKey: key, response: "Niamey" });
    await expect(
      answer(student, first!.id, { idempotencyKey: key, response: "Agadez" }),
    ).rejects.toMatchObject({ code: "conflict", userMessage: expect.stringMatching(/different/) });
    await expect(
      answer(student, second!.id, { idempotencyKey: key, response: "Niamey" }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await logsOf(student.id)).toHaveLength(1);
    expect(await cardOf(student.id, second!.id)).toBeNull();
  });

  it("lets one of two devices answering the same card version win and refuses the other with the fresh card", async () => {
    const student = await makeStudent();
    const question = (await makeArticle()).questions[0]!;
    await answer(student, question.id, { response: "Niamey" });
    const outcomes = await Promise.allSettled([
      answer(student, question.id, { response: "Niamey", cardVersion: 1, now: minutes(20) }),
      answer(student, question.id, { response: "Agadez", cardVersion: 1, now: minutes(20) }),
    ]);
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.filter((o) => o.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const error = (lost[0] as PromiseRejectedResult).reason as StaleCardError;
    expect(error).toBeInstanceOf(StaleCardError);
    expect(error.code).toBe("stale");
    expect(error.card).toMatchObject({ questionId: question.id, version: 2 });
    expect(await logsOf(student.id)).toHaveLength(2);
    expect((await cardOf(student.id, question.id))?.version).toBe(2);
  });

  it("lets exactly one of five devices answering the same card version at once win", async () => {
    const student = await makeStudent();
    const question = (await makeArticle()).questions[0]!;
    await answer(student, question.id, { response: "Niamey" });
    // Concurrent answers share statements (answer-statements.ts): some of these five travel
    // together, the same card more than once in one statement.
    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        answer(student, question.id, { response: "Niamey", cardVersion: 1, now: minutes(20) }),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes.filter((o) => o.status === "rejected")) {
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(StaleCardError);
    }
    expect(await logsOf(student.id)).toHaveLength(2);
    expect(await cardOf(student.id, question.id)).toMatchObject({ reps: 2, version: 2 });
  });

  it("records answers sent at once each on its own: a reused key fails only its own answer", async () => {
    const student = await makeStudent();
    const cloze = Array.from({ length: 7 }, (_, i) => ({
      type: "cloze" as const,
      answer: "Niamey",
      sentence: i % 3,
    }));
    const { questions } = await makeArticle({ questions: cloze });
    const reused = randomUUID();
    await answer(student, questions[0]!.id, { idempotencyKey: reused, response: "Niamey" });
    const outcomes = await Promise.allSettled(
      questions.slice(1, 7).map((question, i) =>
        answer(student, question.id, {
          idempotencyKey: i === 3 ? reused : randomUUID(),
          response: "Niamey",
        }),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "fulfilled",
      "rejected",
      "fulfilled",
      "fulfilled",
    ]);
    expect((outcomes[3] as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
    expect(await logsOf(student.id)).toHaveLength(6);
    expect(await cardOf(student.id, questions[4]!.id)).toBeNull();
  });

  it("refuses an answer given to an older version of the card", async () => {
    const student = await makeStudent();
    const question = (await makeArticle()).questions[0]!;
    await answer(student, question.id, { response: "Niamey" });
    await expect(
      answer(student, question.id, { response: "Niamey", cardVersion: 0 }),
    ).rejects.toMatchObject({
      code: "stale",
      card: { version: 1, state: 1 },
    });
  });

  it("answers not found for an unknown or a retired question", async () => {
    const student = await makeStudent();
    const article = await makeArticle({
      questions: [{ type: "cloze", answer: "Niamey", retired: true }],
    });
    await expect(answer(student, "no-such-question")).rejects.toMatchObject({ code: "not_found" });
    await expect(
      answer(student, article.questions[0]!.id, { response: "Niamey" }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await logsOf(student.id)).toEqual([]);
  });

  it("rates a correct answer after a hint as Hard and a fast one as Easy", async () => {
    const student = await makeStudent();
    const [cloze, choice] = (await makeArticle()).questions;
    const hinted = await recordAnswer({
      actor: student,
      now: t0,
      idempotencyKey: randomUUID(),
      questionId: cloze!.id,
      response: "Niamey",
      durationMs: 5000,
      cardVersion: 0,
      usedHint: true,
    });
    expect(hinted.rating).toBe(2);
    expect(
      (await answer(student, choice!.id, { response: "Niamey", durationMs: 2000 })).rating,
    ).toBe(4);
  });
});
