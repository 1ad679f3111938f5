// Benchmark: does the next-card queue slow down as the question bank grows?
// Run: npm run bench:queue   (results go into BENCHMARKS.md, section "Study queue and bank size")
//
// A fresh database `citecards_bench_queue` on the local PostgreSQL (CITECARDS_BENCH_PG_URL to
// change the server), migrated by the project's migrator, then articles of 60 one-question
// sentences added in steps. At each step, `listDueCards` (the queue's one statement and its
// JavaScript) is timed for two students: one who has studied nothing, and one who has studied
// the first 10 articles (a review card, not due, for each of their questions), so that the search
// for new questions has to pass those sentences. The database is dropped at the end.
import path from "node:path";
// useDatabase is not a React hook; the alias keeps the hooks lint rule from taking it for one.
import { closeDatabase, database, prisma, useDatabase as installDatabase } from "@/app/_server/db";
import { openDatabase } from "@/app/_server/database/connect";
import { migrate } from "@/app/_server/database/migrator";
import { listDueCards } from "@/app/_server/data/study/list-due-cards";
import { makeArticle, type MadeArticle } from "@/tests/factories/content";
import { makeUser } from "@/tests/factories/users";
import { benchUrlOf, dropBenchDatabase, recreateBenchDatabase } from "./study-data";

const adminUrl =
  process.env.CITECARDS_BENCH_PG_URL ??
  "postgresql://postgres:citecards-ci@localhost:5432/postgres";
const name = "citecards_bench_queue";
const steps = [10, 100, 400]; // articles in the bank
const questionsPerArticle = 60;
const studiedArticles = 10;
const calls = 50;
const now = new Date("2026-03-10T12:00:00.000Z");

type Student = { id: string; role: "student"; name: string; email: string };

const oneQuestionPerSentence = Array.from({ length: questionsPerArticle }, (_, i) => ({
  type: "cloze" as const,
  answer: "Niamey",
  sentence: i,
}));

async function giveReviewCards(student: Student, articles: MadeArticle[]): Promise<void> {
  const due = new Date(now.getTime() + 30 * 86_400_000); // studied, not due for a month
  await (
    await prisma()
  ).card.createMany({
    data: articles.flatMap((article) =>
      article.questions.map((question) => ({
        userId: student.id,
        questionId: question.id,
        state: 2,
        due,
        stability: 30,
        difficulty: 5,
        reps: 3,
        lastReview: now,
        version: 3,
      })),
    ),
  });
}

async function timeQueue(student: Student): Promise<{ median: number; p90: number }> {
  const times: number[] = [];
  for (let i = 0; i < calls + 5; i++) {
    const started = performance.now();
    await listDueCards({ actor: student, now });
    if (i >= 5) times.push(performance.now() - started); // the first calls warm up
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(calls / 2)]!, p90: times[Math.floor(calls * 0.9)]! };
}

async function main(): Promise<void> {
  await recreateBenchDatabase(adminUrl, name);
  installDatabase(openDatabase({ kind: "postgresql", url: benchUrlOf(adminUrl, name) }));
  try {
    const root = process.cwd();
    await (
      await database()
    ).withConnection((sql) => migrate(sql, path.join(root, "prisma/migrations")));
    const fresh = (await makeUser({ role: "student" })) as Student;
    const studied = (await makeUser({ role: "student" })) as Student;
    const articles: MadeArticle[] = [];
    console.log(
      `Queue time against bank size (listDueCards, median / p90 of ${calls} calls, ms)\n` +
        `${"articles".padStart(8)}${"questions".padStart(11)}${"new student".padStart(20)}` +
        `${`studied ${studiedArticles} articles`.padStart(24)}`,
    );
    for (const size of steps) {
      while (articles.length < size) {
        articles.push(await makeArticle({ questions: oneQuestionPerSentence }));
      }
      if (articles.length === size && size === steps[0]) {
        await giveReviewCards(studied, articles.slice(0, studiedArticles));
      }
      await (await prisma()).$executeRawUnsafe("ANALYZE");
      const a = await timeQueue(fresh);
      const b = await timeQueue(studied);
      const cell = (t: { median: number; p90: number }) =>
        `${t.median.toFixed(2)} / ${t.p90.toFixed(2)}`;
      console.log(
        `${String(size).padStart(8)}${String(size * questionsPerArticle).padStart(11)}` +
          `${cell(a).padStart(20)}${cell(b).padStart(24)}`,
      );
    }
  } finally {
    await closeDatabase();
    await dropBenchDatabase(adminUrl, name);
  }
}

await main();
