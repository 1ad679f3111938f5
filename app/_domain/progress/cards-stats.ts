import { dayKeyOf, recentDayKeys, type StatsClock } from "./review-stats";

export type CardDueRow = { due: Date; state: number };

export type ForecastDay = { date: string; due: number };

const dayMs = 86_400_000;
const newState = 0;

/**
 * Cards falling due on each of the next `days` study days, today first. Overdue cards count
 * today (that is when the student will see them); new cards are not scheduled, so they are left out.
 */
export function dueForecast(
  cards: readonly CardDueRow[],
  clock: StatsClock,
  days = 30,
): ForecastDay[] {
  const [todayKey] = recentDayKeys(clock, 1);
  const todayUtc = Date.parse(`${todayKey}T00:00:00Z`);
  const counts = new Array<number>(days).fill(0);
  for (const card of cards) {
    if (card.state === newState) continue;
    const key = dayKeyOf(card.due, clock);
    const offset = Math.max(0, Math.round((Date.parse(`${key}T00:00:00Z`) - todayUtc) / dayMs));
    if (offset < days) counts[offset]!++;
  }
  return counts.map((due, index) => ({
    date: new Date(todayUtc + index * dayMs).toISOString().slice(0, 10),
    due,
  }));
}

export type MasteryQuestion = { articleId: string; questionId: string; stability: number | null };

export type ArticleMastery = {
  articleId: string;
  questions: number;
  mastered: number;
  /** Share of the article's questions mastered, 0 to 1. */
  share: number;
};

/**
 * A question is mastered when its FSRS stability is at least 21 days: the student would still
 * have a 90% chance of recalling it three weeks on. 21 days is Anki's threshold for a "mature"
 * card (Anki manual, Statistics: "mature cards have an interval of 21 days or greater"); we use
 * stability rather than the interval so the measure does not move with desired retention.
 * Questions never studied (`stability` null) count as not mastered.
 */
export function masteryByArticle(
  questions: readonly MasteryQuestion[],
  masteredStabilityDays = 21,
): ArticleMastery[] {
  const byArticle = new Map<string, { questions: number; mastered: number }>();
  for (const question of questions) {
    const entry = byArticle.get(question.articleId) ?? { questions: 0, mastered: 0 };
    entry.questions++;
    if ((question.stability ?? 0) >= masteredStabilityDays) entry.mastered++;
    byArticle.set(question.articleId, entry);
  }
  return [...byArticle.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([articleId, entry]) => ({
      articleId,
      ...entry,
      share: entry.mastered / entry.questions,
    }));
}
