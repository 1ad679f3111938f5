import "server-only";
import type { Database } from "../../database/connect";
import { perDatabase } from "../../database/per-database";
import { rowsInOrder, statementBatcher, type BatchOptions } from "../../database/statement-batcher";
import {
  answerContextsSql,
  writeAnswersSql,
  type AnswerContext,
  type AnswerWrite,
  type ContextRequest,
} from "./record-answer-sql";

/** The two statements of an answer, each batched with the same statement of concurrent answers. */
export type AnswerStatements = {
  /** The answer's context; undefined when the user is gone or the claimed session no longer counts. */
  readContext(request: ContextRequest): Promise<AnswerContext | undefined>;
  /** Whether the answer was written (false: the card changed since it was read). */
  writeAnswer(write: AnswerWrite): Promise<boolean>;
};

// The hot pool has 10 connections (hot-query.ts); answers use at most 4 of them. Profiling runs on
// the benchmark data (10 s, 50 connections): two statements of each kind at once gave 1,001 and
// 1,012 answers/s against 961 and 980 with one; in an earlier set, 887 with two, 898 with four and
// 946 with one, so two and four did not differ beyond noise, and two leaves more of the pool free.
export const answerBatchOptions: BatchOptions = { maxInFlight: 2, maxBatch: 64 };

export function answerStatements(
  hotQuery: Database["hotQuery"],
  options: BatchOptions = answerBatchOptions,
): AnswerStatements {
  const readContext = statementBatcher(async (requests: ContextRequest[]) => {
    const rows = await hotQuery<AnswerContext & { i: number }>(answerContextsSql(requests));
    return rowsInOrder(rows, requests.length);
  }, options);
  const writeAnswer = statementBatcher(async (writes: AnswerWrite[]) => {
    const rows = await hotQuery<{ reviewId: string }>(writeAnswersSql(writes));
    const written = new Set(rows.map((row) => row.reviewId));
    return writes.map((write) => written.has(write.reviewId));
  }, options);
  return { readContext, writeAnswer };
}

export const answerStatementsOf = perDatabase((db) =>
  answerStatements((statement) => db.hotQuery(statement)),
);
