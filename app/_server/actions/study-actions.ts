"use server";

import { currentUser } from "../current-user";
import type { AnswerResult } from "../data/study/answer-result";
import { getNextStudyItem, type NextStudyItem } from "../data/study/get-next-study-item";
import {
  answerInputSchema,
  articleIdsSchema,
  parseOrThrow,
  undoInputSchema,
} from "../data/study/inputs";
import { recordAnswer } from "../data/study/record-answer";
import { StaleCardError, type FreshCard } from "../data/study/stale-card-error";
import { undoLastAnswer, type UndoResult } from "../data/study/undo-last-answer";
import { AppError, isAppError } from "../errors";

// Server actions for the study UI, wrapping the same data functions as the /api/study routes.
// They return a result instead of throwing, so a refusal reaches the client as a message.
export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; code: string; message: string; card?: FreshCard };

async function run<T>(
  work: (actor: NonNullable<Awaited<ReturnType<typeof currentUser>>>) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const actor = await currentUser();
    if (!actor) throw new AppError("unauthenticated", { userMessage: "Sign in to continue." });
    return { ok: true, data: await work(actor) };
  } catch (error) {
    if (!isAppError(error)) throw error; // Next.js logs it and shows the error boundary
    const card = error instanceof StaleCardError ? error.card : undefined;
    return { ok: false, code: error.code, message: error.userMessage, ...(card ? { card } : {}) };
  }
}

export async function nextStudyItemAction(
  articleIds?: unknown,
): Promise<ActionResult<NextStudyItem>> {
  return run(async (actor) => {
    const ids = parseOrThrow(articleIdsSchema, articleIds);
    return getNextStudyItem({ actor, now: new Date(), articleIds: ids });
  });
}

export async function answerAction(input: unknown): Promise<ActionResult<AnswerResult>> {
  return run(async (actor) => {
    const parsed = parseOrThrow(answerInputSchema, input);
    return recordAnswer({ ...parsed, actor, now: new Date() });
  });
}

export async function undoAction(input: unknown = {}): Promise<ActionResult<UndoResult>> {
  return run(async (actor) => {
    const { reviewId } = parseOrThrow(undoInputSchema, input);
    return undoLastAnswer({ actor, now: new Date(), reviewId });
  });
}

// Settings are saved by the form action in study-settings-actions.ts.
