import "server-only";
import {
  defaultSchedulerConfig,
  fitIsDue,
  fitReadiness,
  fittedParametersWin,
  minReviewsForFit,
  optimizerItems,
  schedulerConfigSchema,
  weightsFor,
  type FitReadiness,
} from "@/app/_domain/scheduling";
import { Prisma } from "../../generated/prisma/client";
import { prisma } from "../../db";
import { trainParameters } from "../../optimizer/fsrs-training";
import { offsetMinutesAt } from "../study/time-zone";

// These run for the system (the background job and `npm run optimize`), never from a request,
// so they take a user id rather than an acting user: no student can trigger another's fit.

export type FitSummary =
  | { userId: string; status: "not-ready"; readiness: FitReadiness }
  | {
      userId: string;
      status: "fitted";
      inUse: boolean;
      reviewCount: number;
      itemCount: number;
      fitMs: number;
      logLoss: { default: number; fitted: number };
      rmseBins: { default: number; fitted: number };
    };

type Db = Awaited<ReturnType<typeof prisma>>;

/** Fits one student's FSRS-6 parameters from their review logs and stores them with metrics. */
export async function fitFsrsParameters(options: {
  userId: string;
  now: Date;
}): Promise<FitSummary> {
  const { userId, now } = options;
  const db = await prisma();
  const { timeZone, logs } = await loadHistory(db, userId);
  const counts = { reviews: logs.length, cards: new Set(logs.map((l) => l.questionId)).size };
  const readiness = fitReadiness(counts);
  if (timeZone === null || !readiness.ready) return { userId, status: "not-ready", readiness };
  const items = optimizerItems(logs, { offsetMinutesAt: (at) => offsetMinutesAt(timeZone, at) });
  const started = performance.now();
  const outcome = await trainParameters({
    items,
    defaultParameters: weightsFor(defaultSchedulerConfig),
    numRelearningSteps: defaultSchedulerConfig.relearningSteps.length,
  });
  const fitMs = Math.round(performance.now() - started);
  // A parameter list the scheduler would refuse must never be put in use (recordAnswer parses it).
  const valid = schedulerConfigSchema.shape.parameters.safeParse(outcome.parameters).success;
  const inUse = valid && fittedParametersWin(outcome);
  const row = {
    parameters: outcome.parameters,
    inUse,
    reviewCount: counts.reviews,
    cardCount: counts.cards,
    logLossDefault: outcome.default.logLoss,
    logLossFitted: outcome.fitted.logLoss,
    rmseBinsDefault: outcome.default.rmseBins,
    rmseBinsFitted: outcome.fitted.rmseBins,
    fitMs,
    fittedAt: now,
  };
  await db.fsrsParameters.upsert({ where: { userId }, create: { userId, ...row }, update: row });
  const logLoss = { default: row.logLossDefault, fitted: row.logLossFitted };
  const rmseBins = { default: row.rmseBinsDefault, fitted: row.rmseBinsFitted };
  const sizes = { reviewCount: counts.reviews, itemCount: items.length };
  return { userId, status: "fitted", inUse, ...sizes, fitMs, logLoss, rmseBins };
}

async function loadHistory(db: Db, userId: string) {
  const [user, logs] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { timeZone: true } }),
    db.reviewLog.findMany({
      where: { userId, undoneAt: null },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
      select: {
        questionId: true,
        reviewedAt: true,
        rating: true,
        stateBefore: true,
        undoneAt: true,
      },
    }),
  ]);
  return { timeZone: user?.timeZone ?? null, logs };
}

/** Ids of the students whose fit is due (never fitted, or 20% more reviews since), in id order. */
export async function listUsersDueForFit(): Promise<string[]> {
  const rows = await reviewCountsFrom(await prisma());
  return rows
    .filter((row) =>
      fitIsDue(row, row.lastReviewCount === null ? null : { reviewCount: row.lastReviewCount }),
    )
    .map((row) => row.userId);
}

// One grouped scan of the log: fine for a job that runs a few times a day, and it avoids a
// per-answer counter on the hot path. HAVING drops everyone below the threshold in the database.
async function reviewCountsFrom(db: Db) {
  return db.$queryRaw<
    { userId: string; reviews: number; cards: number; lastReviewCount: number | null }[]
  >(Prisma.sql`SELECT l."userId", count(*)::int AS "reviews",
  count(DISTINCT l."questionId")::int AS "cards", p."reviewCount" AS "lastReviewCount"
FROM "ReviewLog" l
LEFT JOIN "FsrsParameters" p ON p."userId" = l."userId"
WHERE l."undoneAt" IS NULL
GROUP BY l."userId", p."reviewCount"
HAVING count(*) >= ${minReviewsForFit}
ORDER BY l."userId"`);
}

/**
 * Fits every student whose fit is due, one at a time (the native fit uses a thread-pool thread;
 * running them in parallel would take every core from request handling). A failing student is
 * reported and skipped, so one bad history cannot stop the others.
 */
export async function fitDueFsrsParameters(options: {
  now: () => Date;
  onResult?: (result: FitSummary | { userId: string; status: "failed"; error: unknown }) => void;
}): Promise<{ fitted: number; failed: number }> {
  let fitted = 0;
  let failed = 0;
  for (const userId of await listUsersDueForFit()) {
    try {
      const result = await fitFsrsParameters({ userId, now: options.now() });
      if (result.status === "fitted") fitted++;
      options.onResult?.(result);
    } catch (error) {
      failed++;
      options.onResult?.({ userId, status: "failed", error });
    }
    // Let queued requests run between students.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { fitted, failed };
}
