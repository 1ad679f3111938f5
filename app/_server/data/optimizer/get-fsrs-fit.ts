import "server-only";
import { fitReadiness, type FitMetrics, type FitReadiness } from "@/app/_domain/scheduling";
import type { CurrentUser } from "../../current-user";
import { prisma } from "../../db";
import { Prisma } from "../../generated/prisma/client";

export type FsrsFit =
  | {
      status: "fitted";
      inUse: boolean;
      reviewCount: number;
      cardCount: number;
      fittedAt: Date;
      default: FitMetrics;
      fitted: FitMetrics;
    }
  | { status: "waiting"; reviews: number; cards: number; readiness: FitReadiness };

/**
 * The acting user's optimizer result, or, before the first fit, how far they are from it. A
 * student who is ready but not yet fitted sees "waiting" with nothing more needed: the
 * background job picks them up on its next run.
 */
export async function getFsrsFit(options: { actor: CurrentUser }): Promise<FsrsFit> {
  const userId = options.actor.id;
  const db = await prisma();
  const row = await db.fsrsParameters.findUnique({
    where: { userId },
    select: {
      inUse: true,
      reviewCount: true,
      cardCount: true,
      fittedAt: true,
      logLossDefault: true,
      logLossFitted: true,
      rmseBinsDefault: true,
      rmseBinsFitted: true,
    },
  });
  if (row) {
    const { logLossDefault, logLossFitted, rmseBinsDefault, rmseBinsFitted, ...rest } = row;
    const before = { logLoss: logLossDefault, rmseBins: rmseBinsDefault };
    const fitted = { logLoss: logLossFitted, rmseBins: rmseBinsFitted };
    return { status: "fitted", ...rest, default: before, fitted };
  }
  // Counted as the fit job counts them: kept (non-undone) reviews, and the cards they cover.
  const [counts] = await db.$queryRaw<{ reviews: number; cards: number }[]>(Prisma.sql`
SELECT count(*)::int AS "reviews", count(DISTINCT "questionId")::int AS "cards"
FROM "ReviewLog" WHERE "userId" = ${userId} AND "undoneAt" IS NULL`);
  const { reviews, cards } = counts ?? { reviews: 0, cards: 0 };
  return { status: "waiting", reviews, cards, readiness: fitReadiness({ reviews, cards }) };
}
