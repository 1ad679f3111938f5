import "server-only";
import {
  dueForecast,
  masteryByArticle,
  reviewHeatmap,
  reviewStreaks,
  trueRetention,
  type ArticleMastery,
  type ForecastDay,
  type HeatmapDay,
  type Streaks,
  type TrueRetention,
} from "@/app/_domain/progress";
import type { CurrentUser } from "../../current-user";
import { prisma } from "../../db";
import { AppError } from "../../errors";

export type Progress = {
  heatmap: HeatmapDay[];
  /** Streaks within the year the heatmap covers. */
  streaks: Streaks;
  /** True retention (pass rate of reviews of mature-state cards) over 30 days and a year. */
  retention: { month: TrueRetention; year: TrueRetention };
  forecast: ForecastDay[];
  mastery: (ArticleMastery & { title: string })[];
};

const dayMs = 86_400_000;
// A year of heatmap plus the day on either side of the time-zone shift.
const historyDays = 367;

type Db = Awaited<ReturnType<typeof prisma>>;

/**
 * The acting user's statistics. Undone answers are read (they stay in the log) but every domain
 * function drops them. `tzOffsetMinutes` is minutes east of UTC, as the browser reports it
 * negated (`-new Date().getTimezoneOffset()`).
 */
export async function getProgress(options: {
  actor: CurrentUser;
  now: Date;
  tzOffsetMinutes: number;
  /** The offset in force at an instant (the user's zone), so days across a clock change group
   * right; without it every instant takes `tzOffsetMinutes`. */
  offsetAt?: (at: Date) => number;
}): Promise<Progress> {
  const { now } = options;
  const { user, logs, cards, questions } = await loadRows(await prisma(), options.actor.id, now);
  if (!user) throw new AppError("not_found", { userMessage: "Your account was not found." });
  const clock = {
    now,
    timeZoneOffsetMinutes: options.tzOffsetMinutes,
    ...(options.offsetAt ? { offsetAt: byQuarterHour(options.offsetAt) } : {}),
  };
  const titles = new Map(questions.map((q) => [q.articleId, q.article.title]));
  const mastery = masteryByArticle(
    questions.map((q) => ({
      articleId: q.articleId,
      questionId: q.id,
      stability: q.cards[0]?.stability ?? null,
    })),
  );
  return {
    heatmap: reviewHeatmap(logs, clock),
    streaks: reviewStreaks(logs, clock),
    retention: {
      month: trueRetention(logs, user.desiredRetention, new Date(now.getTime() - 30 * dayMs)),
      year: trueRetention(logs, user.desiredRetention),
    },
    forecast: dueForecast(cards, clock, 30),
    mastery: mastery.map((entry) => ({ ...entry, title: titles.get(entry.articleId) ?? "" })),
  };
}

/** A year of answers asks for thousands of offsets; zones change offset on quarter hours at most. */
function byQuarterHour(offsetAt: (at: Date) => number): (at: Date) => number {
  const memo = new Map<number, number>();
  return (at) => {
    const slot = Math.floor(at.getTime() / 900_000);
    let offset = memo.get(slot);
    if (offset === undefined) {
      offset = offsetAt(at);
      memo.set(slot, offset);
    }
    return offset;
  };
}

// Four independent reads, each under the actor's id (questions are the shared corpus).
async function loadRows(db: Db, userId: string, now: Date) {
  const since = new Date(now.getTime() - historyDays * dayMs);
  const [user, logs, cards, questions] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { desiredRetention: true } }),
    db.reviewLog.findMany({
      where: { userId, reviewedAt: { gte: since, lte: now } },
      select: { reviewedAt: true, rating: true, correct: true, stateBefore: true, undoneAt: true },
    }),
    db.card.findMany({
      where: { userId, question: { retiredAt: null } },
      select: { due: true, state: true },
    }),
    db.question.findMany({
      where: { retiredAt: null },
      select: {
        id: true,
        articleId: true,
        article: { select: { title: true } },
        cards: { where: { userId }, select: { stability: true } },
      },
    }),
  ]);
  return { user, logs, cards, questions };
}
