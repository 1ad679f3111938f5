import "server-only";
import { cardStates, studyDayInZone } from "@/app/_domain/scheduling";
import { prisma } from "../../db";
import type { DueCardsView } from "./list-due-cards";
import { offsetMinutesAt } from "./time-zone";

/** What the next study day holds, for the screen shown when today's queue is done. */
export type TomorrowPreview = {
  /** The next study day, "YYYY-MM-DD" in the student's zone. */
  key: string;
  /** Cards due by the end of that day: reviews (capped by the daily limit) and learning steps. */
  reviews: number;
  /** New questions it can introduce: the daily limit, or fewer when fewer are left. */
  newQuestions: number;
};

// Enough rows past the review limit to count learning steps among them; a student with more
// cards due than that sees the limit, which is what tomorrow will show anyway.
const learningRoom = 1000;

/**
 * Tomorrow, as the queue will see it: everything due before the end of the next study day that
 * today's queue did not take (overdue reviews left by the limit carry over), and new questions up
 * to the daily limit. Only asked for when today's queue is empty, so it is off the hot path.
 */
export async function previewTomorrow(options: {
  userId: string;
  queue: Pick<DueCardsView, "day" | "settings" | "newCandidates">;
  articleIds?: readonly string[];
}): Promise<TomorrowPreview> {
  const { queue } = options;
  const { timeZone, reviewsPerDay, newCardsPerDay } = queue.settings;
  const tomorrow = studyDayInZone(queue.day.end, (at) => offsetMinutesAt(timeZone, at));
  const states = await dueStatesBefore(
    options.userId,
    tomorrow.end,
    options.articleIds,
    reviewsPerDay + learningRoom,
  );
  const reviews = states.filter((state) => state === cardStates.review).length;
  return {
    key: tomorrow.key,
    reviews: Math.min(reviews, reviewsPerDay) + states.length - reviews,
    newQuestions: Math.min(queue.newCandidates, newCardsPerDay),
  };
}

// In due order through Card_userId_due_idx, as the queue's own statement reads (queue-sql.ts).
async function dueStatesBefore(
  userId: string,
  dueBefore: Date,
  articleIds: readonly string[] | undefined,
  take: number,
): Promise<number[]> {
  const chosen = articleIds && articleIds.length > 0 ? { articleId: { in: [...articleIds] } } : {};
  const cards = await (
    await prisma()
  ).card.findMany({
    where: {
      userId,
      state: { not: cardStates.new },
      due: { lt: dueBefore },
      question: { retiredAt: null, ...chosen },
    },
    orderBy: { due: "asc" },
    select: { state: true },
    take,
  });
  return cards.map((card) => card.state);
}
