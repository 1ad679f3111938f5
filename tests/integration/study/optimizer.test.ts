import { describe, expect, it } from "vitest";
import { prisma } from "@/app/_server/db";
import { defaultSchedulerConfig, minReviewsForFit, weightsFor } from "@/app/_domain/scheduling";
import {
  fitDueFsrsParameters,
  fitFsrsParameters,
  listUsersDueForFit,
} from "@/app/_server/data/optimizer/fit-fsrs-parameters";
import { getFsrsFit } from "@/app/_server/data/optimizer/get-fsrs-fit";
import { makeArticle, type QuestionSpec } from "@/tests/factories/content";
import { seedReviewHistory } from "@/tests/factories/review-history";
import { answer, makeStudent, t0 } from "./study-helpers";

const flashcards = (n: number): QuestionSpec[] =>
  Array.from({ length: n }, (_, i) => ({ type: "flashcard", answer: `fact ${i}`, sentence: i }));

async function studentWithHistory(cards: number, reviewsPerCard: number) {
  const student = await makeStudent();
  const article = await makeArticle({ questions: flashcards(cards + 1), sentenceCount: cards + 1 });
  const [fresh, ...studied] = article.questions.map((q) => q.id);
  const start = new Date(t0.getTime() - 400 * 86_400_000);
  const history = await seedReviewHistory({
    userId: student.id,
    questionIds: studied,
    reviewsPerCard,
    start,
    seed: 42,
  });
  return { student, fresh: fresh!, history };
}

describe("fitting a student's FSRS parameters", () => {
  it("stores fitted parameters with finite log loss and RMSE(bins), and answers then use them", async () => {
    const { student, fresh, history } = await studentWithHistory(60, 8);
    expect(history.reviews).toBeGreaterThanOrEqual(minReviewsForFit);
    expect(await listUsersDueForFit()).toContain(student.id);

    const result = await fitFsrsParameters({ userId: student.id, now: t0 });
    expect(result).toMatchObject({ status: "fitted", reviewCount: 480, inUse: true });

    const db = await prisma();
    const row = await db.fsrsParameters.findUniqueOrThrow({ where: { userId: student.id } });
    expect(row.parameters).toHaveLength(21);
    expect(row.parameters).not.toEqual(weightsFor(defaultSchedulerConfig));
    for (const metric of [
      row.logLossDefault,
      row.logLossFitted,
      row.rmseBinsDefault,
      row.rmseBinsFitted,
    ]) {
      expect(Number.isFinite(metric)).toBe(true);
    }
    expect(row.logLossFitted).toBeLessThan(row.logLossDefault);
    expect(row).toMatchObject({ reviewCount: 480, cardCount: 60, inUse: true, fittedAt: t0 });

    await answer(student, fresh, { selfRating: 3 });
    const [log] = await db.reviewLog.findMany({
      where: { userId: student.id, questionId: fresh },
      select: { parameters: true },
    });
    expect(log!.parameters).toEqual(row.parameters);

    // Fitted and no new reviews since: not due again, and the progress page shows the result.
    expect(await listUsersDueForFit()).not.toContain(student.id);
    expect(await getFsrsFit({ actor: student })).toMatchObject({
      status: "fitted",
      reviewCount: 480,
      default: { logLoss: row.logLossDefault, rmseBins: row.rmseBinsDefault },
      fitted: { logLoss: row.logLossFitted, rmseBins: row.rmseBinsFitted },
    });
  });

  it("fits nobody below the threshold and tells the student how many reviews remain", async () => {
    const { student } = await studentWithHistory(30, 10);
    expect(await listUsersDueForFit()).not.toContain(student.id);
    expect(await fitFsrsParameters({ userId: student.id, now: t0 })).toMatchObject({
      status: "not-ready",
      readiness: { ready: false, reviewsNeeded: 100, cardsNeeded: 0 },
    });
    expect(await getFsrsFit({ actor: student })).toMatchObject({
      status: "waiting",
      reviews: 300,
      readiness: { reviewsNeeded: 100 },
    });
    const { fitted, failed } = await fitDueFsrsParameters({ now: () => t0 });
    expect(failed).toBe(0);
    expect(fitted).toBeGreaterThanOrEqual(0);
    expect(await (await prisma()).fsrsParameters.count({ where: { userId: student.id } })).toBe(0);
  });
});
