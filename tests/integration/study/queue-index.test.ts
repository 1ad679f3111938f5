import { describe, expect, it } from "vitest";
import { prisma } from "@/app/_server/db";
import { Prisma } from "@/app/_server/generated/prisma/client";
import { queueInputsSql } from "@/app/_server/data/study/queue-sql";
import { answerContextsSql } from "@/app/_server/data/study/record-answer-sql";
import { makeArticle } from "@/tests/factories/content";
import { t0 } from "./study-helpers";

const users = 300;
const questionsPerUser = 100;
const frontierUsers = 5000;

// Many users with many cards each, so that reading one user's due cards by a scan would cost far
// more than through the (userId, due) index, and ANALYZE so the planner knows it.
async function seedManyCards(questionIds: string[]): Promise<string> {
  const db = await prisma();
  const prefix = `explain-${Date.now().toString(36)}`;
  await db.$executeRaw`INSERT INTO "User" ("id", "email", "name", "updatedAt")
    SELECT ${prefix} || '-' || n, ${prefix} || '-' || n || '@example.test', 'Load', now()
    FROM generate_series(1, ${users}::int) AS n`;
  // Due dates spread over 200 days around t0, so only some of a user's cards are due.
  await db.$executeRaw`INSERT INTO "Card" ("userId", "questionId", "state", "due", "version")
    SELECT ${prefix} || '-' || n, q.id, 2,
           ${t0}::timestamp(3) + ((n * 7 + q.ord * 13) % 200 - 100) * interval '1 day', 1
    FROM generate_series(1, ${users}::int) AS n
    CROSS JOIN unnest(${questionIds}::text[]) WITH ORDINALITY AS q(id, ord)`;
  // With a frontier for new questions, as students who have studied have; and enough other users
  // with one that reading them all would cost more than looking one up.
  await db.$executeRaw`INSERT INTO "User" ("id", "email", "name", "updatedAt")
    SELECT ${prefix} || '-f' || n, ${prefix} || '-f' || n || '@example.test', 'Load', now()
    FROM generate_series(1, ${frontierUsers}::int) AS n`;
  await db.$executeRaw`INSERT INTO "NewQuestionFrontier" ("userId", "articleId", "position")
    SELECT "id", '', -1 FROM "User" WHERE "id" LIKE ${prefix} || '-%'`;
  await db.$executeRaw`ANALYZE "NewQuestionFrontier"`;
  await db.$executeRaw`ANALYZE "Card"`;
  await db.$executeRaw`ANALYZE "User"`;
  await db.$executeRaw`ANALYZE "Question"`;
  return `${prefix}-42`;
}

// One article of questionsPerUser questions, every seeded user holding a card for each; returns
// the article and one of those users.
async function manyUsersWithManyCards() {
  const article = await makeArticle({
    questions: Array.from({ length: questionsPerUser }, (_, i) => ({
      type: "cloze" as const,
      answer: "Niamey",
      sentence: i,
    })),
  });
  const userId = await seedManyCards(article.questions.map((q) => q.id));
  return { article, userId };
}

async function planOf(sql: Prisma.Sql): Promise<string> {
  const rows = await (
    await prisma()
  ).$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

// New questions: sentences walked in reading order through their index, stopping at the limit,
// whatever the size of the bank.
const sentenceWalk = /Index Scan using "?Sentence_articleId_position_idx"? on "?Sentence"?/;

const dueIndexScan =
  /(Index Scan|Index Only Scan|Bitmap Index Scan)( Backward)? (using|on) "?Card_userId_due_idx"?/;
// Cards in learning steps, apart from review cards: a backlog of overdue reviews larger than the
// review LIMIT must not hide them, nor must the scan for them pass that backlog.
const learningIndexScan =
  /(Index Scan|Index Only Scan)( Backward)? using "?Card_userId_due_learning_idx"?/;

describe("the study queue query", () => {
  // Runs first, before anything in this file's database was analyzed: PGlite has no autovacuum,
  // so an embedded database plans without statistics for as long as it lives.
  it("reads due cards and their questions by index even without planner statistics", async () => {
    const article = await makeArticle();
    const plan = await planOf(
      queueInputsSql(
        [
          {
            userId: "no-statistics-user",
            dueBefore: t0,
            answeredSince: t0,
            articleIds: [article.id],
            sessionId: "a-session",
            now: t0,
          },
        ],
        true,
      ),
    );
    expect(plan).toMatch(dueIndexScan);
    expect(plan).toMatch(learningIndexScan);
    expect(plan).toMatch(/Index Scan using "?ReviewLog_userId_reviewedAt_idx"?/);
    expect(plan).toMatch(sentenceWalk);
    expect(plan).toMatch(/Index Scan using "?Question_sentenceId_idx"?/);
    expect(plan).not.toMatch(/Seq Scan on "?(Card|ReviewLog)"?/);
  });

  it("reads the user's due cards through the (userId, due) index, never by scanning all cards, and walks sentences in reading order for new questions", async () => {
    const { userId } = await manyUsersWithManyCards();
    const request = {
      userId,
      dueBefore: new Date(t0.getTime() + 25 * 3_600_000),
      answeredSince: new Date(t0.getTime() - 25 * 3_600_000),
      articleIds: null,
      sessionId: null,
      now: t0,
    };
    // Twenty requests in one statement, as concurrent next-card requests share it.
    const sql = queueInputsSql(
      Array.from({ length: 20 }, () => request),
      false,
    );
    const plan = await planOf(sql);
    expect(plan).toMatch(dueIndexScan);
    expect(plan).toMatch(learningIndexScan);
    expect(plan).toMatch(sentenceWalk);
    expect(plan).not.toMatch(/Seq Scan on "?(Card|NewQuestionFrontier)"?/);
    // Each request's frontier by primary key, and the walk starts there (in the index's range).
    expect(plan).toMatch(/Index Scan using "?NewQuestionFrontier_pkey"?/);
    expect(plan).toMatch(/Index Cond: .*ROW\("?articleId"?, "?position"?\) >= ROW\(/);
  });
});

describe("the answer's read statement", () => {
  it("finds each request's user, card and earlier answer by index, for many requests at once", async () => {
    const { article, userId } = await manyUsersWithManyCards();
    const requests = article.questions.slice(0, 20).map((question) => ({
      userId,
      questionId: question.id,
      idempotencyKey: crypto.randomUUID(),
      sessionId: "a-session",
      now: t0,
    }));
    const plan = await planOf(answerContextsSql(requests));
    expect(plan).toMatch(/Index Scan using "?User_pkey"?/);
    expect(plan).toMatch(/Index Scan using "?Card_pkey"?/);
    expect(plan).toMatch(/Index Scan using "?ReviewLog_userId_idempotencyKey_key"?/);
    expect(plan).not.toMatch(/Seq Scan on "?(User|Card|ReviewLog)"?/);
  });
});
