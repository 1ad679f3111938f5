// Baseline (b) of tests/bench/study-endpoints.bench.ts: a bare node:http + pg server that runs the
// app's own SQL for the two study endpoints, with the same in-between computation and none of the
// framework: no Next.js, no Auth.js (the user id comes in a header), no Prisma, no zod. Concurrent
// requests share their statements exactly as in the app (answer-statements.ts,
// queue-statements.ts). What it measures is the floor the app's endpoints can approach.
//
// Run: DATABASE_URL=… PORT=… tsx --conditions=react-server tests/bench/plain-server.ts
import { randomUUID } from "node:crypto";
import http from "node:http";
import {
  parseSchedulerConfig,
  scheduleAnswer,
  type CardStateValue,
} from "@/app/_domain/scheduling";
import { hotPool, poolQuery } from "@/app/_server/database/hot-query";
import { answerResult, payloadHash } from "@/app/_server/data/study/answer-result";
import { gradeAnswer } from "@/app/_server/data/study/grade-answer";
import type { AnswerInput } from "@/app/_server/data/study/inputs";
import { questionForStudySql } from "@/app/_server/data/study/queue-sql";
import { frontierRaise, raiseFrontier } from "@/app/_server/data/study/new-frontier";
import { queueStatements } from "@/app/_server/data/study/queue-statements";
import { answerStatements } from "@/app/_server/data/study/answer-statements";
import type { Prisma } from "@/app/_server/generated/prisma/client";

// The same pool as the app's hot statements (app/_server/database/connect.ts).
const pool = hotPool(process.env.DATABASE_URL!);
const config = parseSchedulerConfig({ desiredRetention: 0.9 });
const dayMs = 25 * 3_600_000;

// The app's own way of running them: prepared once per connection, timestamps read as UTC.
const query = <T>(sql: Prisma.Sql): Promise<T[]> => poolQuery<T>(pool, sql);
// The answer's two statements and the queue's, shared between concurrent requests as in the app.
const statements = answerStatements(query);
const readQueue = queueStatements(query);

// Next card: the queue statement (and, when the walk for new questions moved on, the raise of the
// user's frontier, as in the app), the question statement, then the first due card (or the first
// new question) without the app's sibling and limit rules.
async function nextCard(userId: string): Promise<unknown> {
  const now = new Date();
  const row = await readQueue({
    userId,
    dueBefore: new Date(now.getTime() + dayMs),
    answeredSince: new Date(now.getTime() - dayMs),
    articleIds: null,
    sessionId: null,
    now,
  });
  const raise = row ? frontierRaise(row) : null;
  if (raise) await raiseFrontier({ hotQuery: query }, userId, raise);
  const first = row?.due[0] ?? row?.fresh[0];
  if (!first) return { item: null };
  const [question] = await query<Record<string, unknown>>(questionForStudySql(first.id));
  return { item: { ...question, answer: undefined, cardVersion: first.version } };
}

async function answer(userId: string, input: AnswerInput): Promise<[number, unknown]> {
  const now = new Date();
  const hash = payloadHash(input);
  const context = await statements.readContext({
    userId,
    questionId: input.questionId,
    idempotencyKey: input.idempotencyKey,
    sessionId: null,
    now,
  });
  if (!context?.qId || context.version === null || context.due === null) return [404, {}];
  if (context.logId) return [200, { replay: true }];
  if (context.version !== input.cardVersion) {
    return [409, { error: { code: "stale_card", card: { version: context.version } } }];
  }
  const grading = gradeAnswer({ ...context, type: context.type ?? "" }, input);
  const card = { ...context, state: context.state as CardStateValue, due: context.due };
  const version = context.version;
  const { after, log } = scheduleAnswer({
    card: { ...card, version },
    rating: grading.rating,
    now,
    config,
    cardKey: `${userId}:${input.questionId}`,
  });
  const reviewId = randomUUID();
  const write = { ...input, reviewId, userId, payloadHash: hash, after, log };
  const written = await statements.writeAnswer({
    ...write,
    correct: grading.correct,
    expectedVersion: version,
  });
  if (!written) return [409, { error: { code: "stale_card" } }];
  const logged = { id: reviewId, questionId: input.questionId, ...grading };
  return [
    200,
    answerResult(
      { ...logged, reviewedAt: now, dueAfter: after.due, versionBefore: version },
      context,
    ),
  ];
}

async function route(request: http.IncomingMessage): Promise<[number, unknown]> {
  const userId = request.headers["x-user-id"];
  if (typeof userId !== "string") return [401, { error: "unauthenticated" }];
  if (request.method === "GET" && request.url?.startsWith("/next")) {
    return [200, await nextCard(userId)];
  }
  if (request.method === "POST" && request.url === "/answer") {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return answer(userId, JSON.parse(Buffer.concat(chunks).toString("utf8")) as AnswerInput);
  }
  return [404, { error: "not_found" }];
}

const server = http.createServer((request, response) => {
  route(request)
    .catch((error: unknown) => {
      console.error(error);
      return [500, { error: "internal" }] as [number, unknown];
    })
    .then(([status, body]) => {
      response.writeHead(status, {
        "content-type": "application/json",
        "cache-control": "no-store",
      });
      response.end(JSON.stringify(body));
    });
});

server.listen(Number(process.env.PORT), "127.0.0.1", () => {
  console.log(`plain server listening on ${process.env.PORT}`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void pool.end().finally(() => process.exit(0));
  });
}
