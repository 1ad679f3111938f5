import "server-only";
import { createHash } from "node:crypto";
import type { CurrentUser } from "../../current-user";
import { isAppError } from "../../errors";
import { prisma } from "../../db";
import { recordAnswer } from "../study/record-answer";

export type StudyCardUpdate = {
  actor: CurrentUser;
  questionId: string;
  /** The attempt answer's own key: the review is keyed by it, so a replay replays here too. */
  attemptAnswerKey: string;
  response: string;
  durationMs: number;
  answeredAt: Date;
};

// The review log keys answers by UUID; an attempt answer's key (any string the client made) is
// turned into one deterministically (sha256, shaped as an RFC 4122 version-5-style UUID).
export function reviewKeyFor(attemptAnswerKey: string): string {
  const hex = createHash("sha256").update(`attempt-answer:${attemptAnswerKey}`).digest("hex");
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

async function currentVersion(userId: string, questionId: string): Promise<number> {
  const card = await (
    await prisma()
  ).card.findUnique({
    where: { userId_questionId: { userId, questionId } },
    select: { version: true },
  });
  return card?.version ?? 0;
}

// An answer in a quiz or a practice assignment also counts as a review of the student's FSRS
// card (issue 5), through the study loop's own idempotent recordAnswer. The quiz never showed a
// card version, so the current one is read; if another device answers the card in between, the
// version is read again. A "conflict" means this key was already recorded (the version moved on
// since): the review exists, which is all this function promises.
export async function updateStudyCard(update: StudyCardUpdate): Promise<void> {
  const idempotencyKey = reviewKeyFor(update.attemptAnswerKey);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const cardVersion = await currentVersion(update.actor.id, update.questionId);
    try {
      await recordAnswer({
        actor: update.actor,
        idempotencyKey,
        questionId: update.questionId,
        response: update.response,
        durationMs: update.durationMs,
        cardVersion,
        now: update.answeredAt,
      });
      return;
    } catch (error) {
      if (isAppError(error) && error.code === "conflict") return;
      // The question left the bank after the attempt began: there is no card to review any more.
      if (isAppError(error) && error.code === "not_found") return;
      if (isAppError(error) && error.code === "stale") continue;
      throw error;
    }
  }
}
