import "server-only";
import type { Database } from "../../database/connect";
import { perDatabase } from "../../database/per-database";
import { rowsInOrder, statementBatcher, type BatchOptions } from "../../database/statement-batcher";
import { queueInputsSql, type QueueRequest } from "./queue-sql";

/** One row of queueInputsSql: the four JSON values the queue is built from, and where the walk for
 * new questions started (null: from the start, as there is no frontier or it is void). */
export type QueueRow = {
  frontierArticle: string | null;
  frontierPosition: number | null;
  /** The frontier row's version (null: no row). */
  frontierVersion: number | null;
  /** The content generation the statement read (new-frontier.ts). */
  contentGeneration: number;
  /** Just past the last sentence in the walk's order (null: no sentences at all). */
  walkEnd: { articleId: string; position: number } | null;
  settings: {
    newCardsPerDay: number;
    reviewsPerDay: number;
    timeZone: string;
    /** New questions allowed above the limit on the study day `extraNewDay` only. */
    extraNewCards: number;
    extraNewDay: string | null;
  } | null;
  today: { at: number; stateBefore: number; siblingKey: string }[];
  due: {
    id: string;
    state: number;
    due: number;
    version: number;
    siblingKey: string;
    revision: number;
  }[];
  fresh: {
    id: string;
    siblingKey: string;
    version: number;
    articleId: string;
    position: number;
    revision: number;
    /** 1, 2, … in the walk's order (the database's collation of article ids). */
    walkOrder: number;
  }[];
};

/** The queue read of one next-card request, shared with concurrent requests of the same kind. */
export type ReadQueue = (request: QueueRequest) => Promise<QueueRow | undefined>;

// As the answers' statements (answer-statements.ts); the hot pool has 10 connections and answers
// take at most 4, so each of the two kinds below (all articles, chosen articles) may take 2.
const queueBatchOptions: BatchOptions = { maxInFlight: 2, maxBatch: 64 };

export function queueStatements(
  hotQuery: Database["hotQuery"],
  options: BatchOptions = queueBatchOptions,
): ReadQueue {
  const batcherFor = (chosenArticles: boolean) =>
    statementBatcher(async (requests: QueueRequest[]) => {
      const rows = await hotQuery<QueueRow & { i: number }>(
        queueInputsSql(requests, chosenArticles),
      );
      return rowsInOrder(rows, requests.length);
    }, options);
  const allArticles = batcherFor(false);
  const chosenArticles = batcherFor(true);
  return (request) => (request.articleIds ? chosenArticles(request) : allArticles(request));
}

export const readQueueOf = perDatabase((db) =>
  queueStatements((statement) => db.hotQuery(statement)),
);
