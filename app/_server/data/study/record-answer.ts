import "server-only";
import { randomUUID } from "node:crypto";
import {
  newCardState,
  parseSchedulerConfig,
  scheduleAnswer,
  type CardState,
  type CardStateValue,
  type SchedulerConfig,
} from "@/app/_domain/scheduling";
import type { ClaimedUser, CurrentUser } from "../../current-user";
import { database } from "../../db";
import type { Database } from "../../database/connect";
import { AppError } from "../../errors";
import { actorNotFound } from "../sessions/session-check-sql";
import { answerResult, payloadHash, type AnswerResult } from "./answer-result";
import { isUniqueViolationError } from "./database-errors";
import { gradeAnswer } from "./grade-answer";
import type { AnswerInput } from "./inputs";
import { answerStatementsOf } from "./answer-statements";
import type { AnswerContext, AnswerWrite } from "./record-answer-sql";
import { StaleCardError } from "./stale-card-error";

export type RecordAnswerOptions = AnswerInput & { actor: CurrentUser | ClaimedUser; now: Date };

/**
 * Grades, schedules and stores one answer: two statements (read, then one conditional write), no
 * interactive transaction; each statement is shared with concurrent answers (answer-statements.ts).
 * A replay of the same idempotency key with the same payload returns the first result and writes
 * nothing; another payload under that key is a conflict; an answer to a card that changed since it
 * was shown is refused with the fresh card (StaleCardError).
 */
export async function recordAnswer(options: RecordAnswerOptions): Promise<AnswerResult> {
  const { actor, now, ...input } = options;
  const db = await database();
  const hash = payloadHash(input);
  const context = await readContext(db, options, input);
  if (context.logId) return replayOf(context, hash);
  if (!context.qId || context.retired) throw questionNotFound();
  const card = cardOf(context, now);
  if (card.version !== input.cardVersion) throw staleError(input.questionId, card);
  const grading = gradeAnswer({ ...context, type: context.type ?? "" }, input);
  const { after, log } = scheduleAnswer({
    card,
    rating: grading.rating,
    now,
    config: configFor(context.desiredRetention, context.fittedParameters),
    cardKey: `${actor.id}:${input.questionId}`,
  });
  const reviewId = randomUUID();
  const write = { ...input, reviewId, userId: actor.id, payloadHash: hash, after, log };
  if (await written(db, { ...write, correct: grading.correct, expectedVersion: card.version })) {
    const logged = { id: reviewId, questionId: input.questionId, ...grading };
    const times = { reviewedAt: now, dueAfter: after.due };
    return answerResult({ ...logged, ...times, versionBefore: card.version }, context);
  }
  // Lost a race: either a concurrent copy of this very answer won (a replay), or another device
  // answered the card first (stale). Read again to tell which.
  const fresh = await readContext(db, options, input);
  if (fresh.logId) return replayOf(fresh, hash);
  throw staleError(input.questionId, cardOf(fresh, now));
}

async function written(db: Database, write: AnswerWrite): Promise<boolean> {
  try {
    return await answerStatementsOf(db).writeAnswer(write);
  } catch (error) {
    // The key was taken meanwhile by another answer: nothing was written; the caller re-reads.
    if (isUniqueViolationError(error)) return false;
    throw error;
  }
}

async function readContext(
  db: Database,
  { actor, now }: Pick<RecordAnswerOptions, "actor" | "now">,
  input: AnswerInput,
): Promise<AnswerContext> {
  const context = await answerStatementsOf(db).readContext({
    userId: actor.id,
    questionId: input.questionId,
    idempotencyKey: input.idempotencyKey,
    sessionId: "sessionId" in actor ? actor.sessionId : null,
    now,
  });
  if (!context) throw actorNotFound(actor);
  return context;
}

function replayOf(context: AnswerContext, hash: string): AnswerResult {
  if (context.payloadHash !== hash || !context.logId) {
    throw new AppError("conflict", {
      message: `Idempotency key reused with another payload (review ${context.logId}).`,
      userMessage:
        "This answer was already recorded with different content. Reload the question and answer again.",
    });
  }
  const log = {
    id: context.logId,
    questionId: context.logQuestionId,
    rating: context.logRating,
    correct: context.logCorrect,
    dueAfter: context.logDueAfter,
    reviewedAt: context.logReviewedAt,
    versionBefore: context.logVersionBefore,
  };
  return answerResult(log, context);
}

function cardOf(context: AnswerContext, now: Date): CardState {
  if (context.version === null || context.due === null || context.state === null) {
    return newCardState(now);
  }
  return {
    state: context.state as CardStateValue,
    due: context.due,
    stability: context.stability,
    difficulty: context.difficulty,
    scheduledDays: context.scheduledDays,
    learningSteps: context.learningSteps,
    reps: context.reps,
    lapses: context.lapses,
    lastReview: context.lastReview,
    version: context.version,
  };
}

function staleError(questionId: string, card: CardState): StaleCardError {
  const { version, state, due, reps, lapses, lastReview } = card;
  return new StaleCardError({ questionId, version, state, due, reps, lapses, lastReview });
}

function questionNotFound(): AppError {
  return new AppError("not_found", {
    userMessage: "This question is no longer available. Go on to the next one.",
  });
}

// Parsing a config validates it; keep one per (retention, parameters) pair. Fitted parameters are
// read with the card (answerContextSql) and are present only when they beat the defaults on log
// loss (FsrsParameters.inUse); each review log stores the weights it was scheduled with.
const configs = new Map<string, SchedulerConfig>();

function configFor(desiredRetention: number, parameters: number[] | null): SchedulerConfig {
  const key = parameters ? `${desiredRetention}|${parameters.join(",")}` : `${desiredRetention}`;
  let config = configs.get(key);
  if (!config) {
    config = parseSchedulerConfig({ desiredRetention, parameters: parameters ?? undefined });
    if (configs.size > 100) configs.clear();
    configs.set(key, config);
  }
  return config;
}
