import { prisma } from "@/app/_server/db";

// A deterministic synthetic study history: each card is learned on day 0 and then reviewed when
// due, recalled with probability (1 + t / 9S)^-1 (FSRS's power forgetting curve) for a hidden
// per-card stability S that grows on success and shrinks on a lapse. Enough for the optimizer
// to fit something other than the defaults, reproducibly.

export type SyntheticHistory = { reviews: number; cards: number };

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type Row = { questionId: string; reviewedAt: Date; rating: number; stateBefore: number };

function cardHistory(
  questionId: string,
  start: Date,
  reviews: number,
  random: () => number,
): Row[] {
  const rows: Row[] = [];
  let stability = 0.5 + random() * 2;
  let day = 0;
  for (let i = 0; i < reviews; i++) {
    const elapsed = i === 0 ? 0 : Math.max(1, Math.round(stability * (0.7 + random() * 0.6)));
    day += elapsed;
    const recalled = i === 0 || random() < 1 / (1 + elapsed / (9 * stability));
    const rating = i === 0 ? 3 : recalled ? (random() < 0.85 ? 3 : 4) : 1;
    const reviewedAt = new Date(start.getTime() + day * 86_400_000 + random() * 3_600_000);
    rows.push({ questionId, reviewedAt, rating, stateBefore: i === 0 ? 0 : 2 });
    stability = recalled ? stability * (2 + random()) : Math.max(0.3, stability * 0.3);
  }
  return rows;
}

/** Inserts `reviewsPerCard` review logs for each question, as if answered from `start` on. */
export async function seedReviewHistory(options: {
  userId: string;
  questionIds: string[];
  reviewsPerCard: number;
  start: Date;
  seed: number;
}): Promise<SyntheticHistory> {
  const random = lcg(options.seed);
  const rows = options.questionIds.flatMap((id) =>
    cardHistory(id, options.start, options.reviewsPerCard, random),
  );
  await (
    await prisma()
  ).reviewLog.createMany({
    data: rows.map((row, i) => ({
      id: `${options.userId}-r${i}`,
      userId: options.userId,
      idempotencyKey: `${options.userId}-k${i}`,
      payloadHash: "synthetic",
      response: "",
      durationMs: 5000,
      dueBefore: row.reviewedAt,
      stabilityBefore: 0,
      difficultyBefore: 0,
      scheduledDaysBefore: 0,
      learningStepsBefore: 0,
      repsBefore: 0,
      lapsesBefore: 0,
      versionBefore: 0,
      stateAfter: 2,
      dueAfter: row.reviewedAt,
      stabilityAfter: 0,
      difficultyAfter: 0,
      parameters: [],
      ...row,
    })),
  });
  return { reviews: rows.length, cards: options.questionIds.length };
}
