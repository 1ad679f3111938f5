import { describe, expect, it } from "vitest";
import { getProgress } from "@/app/_server/data/progress/get-progress";
import { getStudySettings, updateStudySettings } from "@/app/_server/data/study/study-settings";
import { makeArticle, makeCard } from "@/tests/factories/content";
import { answer, days, makeStudent, t0 } from "./study-helpers";

const valid = { desiredRetention: 0.85, newCardsPerDay: 10, reviewsPerDay: 100 };

describe("study settings", () => {
  it("start at 90% retention, 20 new and 200 reviews a day, in UTC", async () => {
    const student = await makeStudent();
    expect(await getStudySettings({ actor: student })).toEqual({
      desiredRetention: 0.9,
      newCardsPerDay: 20,
      reviewsPerDay: 200,
      timeZone: "UTC",
    });
  });

  it("are changed by the student within their bounds", async () => {
    const student = await makeStudent();
    const updated = await updateStudySettings({
      actor: student,
      ...valid,
      timeZone: "Africa/Niamey",
    });
    expect(updated).toEqual({ ...valid, timeZone: "Africa/Niamey" });
    expect(await getStudySettings({ actor: student })).toEqual(updated);
  });

  it("refuse values out of range with a clear message and change nothing", async () => {
    const student = await makeStudent();
    const refused = [
      { ...valid, desiredRetention: 0.5 },
      { ...valid, desiredRetention: 0.99 },
      { ...valid, newCardsPerDay: -1 },
      { ...valid, reviewsPerDay: 1.5 },
      { ...valid, timeZone: "Mars/Olympus_Mons" },
    ];
    for (const input of refused) {
      await expect(updateStudySettings({ actor: student, ...input })).rejects.toMatchObject({
        code: "bad_input",
      });
    }
    await expect(
      updateStudySettings({ actor: student, ...valid, desiredRetention: 0.5 }),
    ).rejects.toMatchObject({ userMessage: expect.stringMatching(/at least 0.7/) });
    for (const newCardsPerDay of [-1, Number.NaN, 2.5]) {
      await expect(
        updateStudySettings({ actor: student, ...valid, newCardsPerDay }),
      ).rejects.toMatchObject({
        userMessage: "New questions a day must be a whole number from 0 to 500.",
      });
    }
    expect((await getStudySettings({ actor: student })).desiredRetention).toBe(0.9);
  });

  it("schedule longer intervals for a lower desired retention", async () => {
    const [relaxed, strict] = [await makeStudent(), await makeStudent()];
    await updateStudySettings({ actor: relaxed, ...valid, desiredRetention: 0.7 });
    await updateStudySettings({ actor: strict, ...valid, desiredRetention: 0.97 });
    const question = (await makeArticle()).questions[0]!;
    const due = async (actor: typeof relaxed) => {
      await makeCard({ userId: actor.id, questionId: question.id, due: days(-1) });
      return (await answer(actor, question.id, { response: "Niamey", cardVersion: 3 })).nextDue;
    };
    expect((await due(relaxed)).getTime()).toBeGreaterThan((await due(strict)).getTime());
  });
});

describe("progress", () => {
  it("reports the heatmap, streak, retention, due forecast and mastery per article", async () => {
    const student = await makeStudent();
    const article = await makeArticle({ title: "Niger after the coup" });
    const [mature, answered, upcoming] = article.questions;
    await makeCard({ userId: student.id, questionId: mature!.id, due: days(40), stability: 30 });
    await makeCard({ userId: student.id, questionId: upcoming!.id, due: days(2) });
    await answer(student, answered!.id, { response: "Agadez", now: days(-1) });
    await answer(student, answered!.id, { response: "Niamey", now: t0, cardVersion: 1 });
    const progress = await getProgress({ actor: student, now: t0, tzOffsetMinutes: 60 });
    expect(progress.heatmap).toHaveLength(365);
    expect(progress.heatmap.slice(-2)).toEqual([
      { date: "2026-03-09", count: 1 },
      { date: "2026-03-10", count: 1 },
    ]);
    expect(progress.streaks).toEqual({ current: 2, longest: 2 });
    expect(progress.retention.year).toMatchObject({ reviews: 0, desired: 0.9 });
    expect(progress.forecast).toHaveLength(30);
    expect(progress.forecast[2]).toEqual({ date: "2026-03-12", due: 1 });
    expect(progress.mastery.find((m) => m.articleId === article.id)).toEqual({
      articleId: article.id,
      title: "Niger after the coup",
      questions: 6,
      mastered: 1,
      share: 1 / 6,
    });
  });
});
