// Benchmark: does the next-card queue slow down as the question bank grows, or as a student
// studies more of it?
// Run: npm run bench:queue   (results go into BENCHMARKS.md, section "Study queue and bank size")
//
// A fresh database `citecards_bench_queue` on the local PostgreSQL (CITECARDS_BENCH_PG_URL to
// change the server), migrated by the project's migrator, then articles of 60 one-question
// sentences added in steps. At each step, `listDueCards` (the queue's one statement and its
// JavaScript) is timed for three students: one who has studied nothing, and two who have studied
// the first 10 and the first 100 articles in reading order (a review card, not due, for each of
// their questions), as the queue introduces them. Each step starts every student's walk for new
// questions from the beginning again, as a content sync does; the first call walks from there
// (and raises the student's frontier), the next ones from the frontier. The database is dropped at
// the end.
import path from "node:path";
// useDatabase is not a React hook; the alias keeps the hooks lint rule from taking it for one.
import { closeDatabase, database, prisma, useDatabase as installDatabase } from "@/app/_server/db";
import { openDatabase } from "@/app/_server/database/connect";
import { migrate } from "@/app/_server/database/migrator";
import { listDueCards } from "@/app/_server/data/study/list-due-cards";
import { bumpContentGenerationSql } from "@/app/_server/data/study/new-frontier";
import { makeArticle, type MadeArticle } from "@/tests/factories/content";
import { makeUser } from "@/tests/factories/users";
import { benchUrlOf, dropBenchDatabase, recreateBenchDatabase } from "./study-data";

const adminUrl =
  process.env.CITECARDS_BENCH_PG_URL ??
  "postgresql://postgres:citecards-ci@localhost:5432/postgres";
const name = "citecards_bench_queue";
const steps = [10, 100, 400]; // articles in the bank
const questionsPerArticle = 60;
const studiedArticles = [10, 100];
const calls = 50;
const now = new Date("2026-03-10T12:00:00.000Z");

type Student = { id: string; role: "student"; name: string; email: string };

const oneQuestionPerSentence = Array.from({ length: questionsPerArticle }, (_, i) => ({
  type: "cloze" as const,
  answer: "Niamey",
  sentence: i,
}));

/** Review cards, not due, for the questions of the first `count` articles in reading order that
 * the student has no card for yet. */
async function studyFirstArticles(student: Student, count: number): Promise<void> {
  const db = await prisma();
  const due = new Date(now.getTime() + 30 * 86_400_000); // studied, not due for a month
  await db.$executeRaw`INSERT INTO "Card" ("userId", "questionId", "state", "due", "stability",
      "difficulty", "reps", "lastReview", "version")
    SELECT ${student.id}, q."id", 2, ${due}, 30, 5, 3, ${now}, 3
    FROM (SELECT "id" FROM "Article" ORDER BY "id" LIMIT ${count}) a
    JOIN "Question" q ON q."articleId" = a."id"
    ON CONFLICT DO NOTHING`;
}

type Timing = { first: number; median: number; p90: number };

async function timeQueue(student: Student): Promise<Timing> {
  const times: number[] = [];
  let first = 0;
  for (let i = 0; i < calls + 5; i++) {
    const started = performance.now();
    await listDueCards({ actor: student, now });
    const took = performance.now() - started;
    if (i === 0) first = took; // from the beginning of the walk, then from the frontier
    if (i >= 5) times.push(took); // the first calls warm up
  }
  times.sort((a, b) => a - b);
  return { first, median: times[Math.floor(calls / 2)]!, p90: times[Math.floor(calls * 0.9)]! };
}

async function main(): Promise<void> {
  await recreateBenchDatabase(adminUrl, name);
  installDatabase(openDatabase({ kind: "postgresql", url: benchUrlOf(adminUrl, name) }));
  try {
    const root = process.cwd();
    await (
      await database()
    ).withConnection((sql) => migrate(sql, path.join(root, "prisma/migrations")));
    const student = async () => (await makeUser({ role: "student" })) as Student;
    const fresh = await student();
    const studied = [await student(), await student()];
    const articles: MadeArticle[] = [];
    console.log(
      `Queue time against bank size (listDueCards, ms: the first call, which walks from the ` +
        `beginning; then median / p90 of ${calls} calls)\n` +
        `${"articles".padStart(8)}${"questions".padStart(11)}${"new student".padStart(24)}` +
        studiedArticles.map((n) => `studied ${n} articles`.padStart(26)).join(""),
    );
    for (const size of steps) {
      while (articles.length < size) {
        articles.push(await makeArticle({ questions: oneQuestionPerSentence }));
      }
      for (const [i, count] of studiedArticles.entries()) {
        if (count <= size) await studyFirstArticles(studied[i]!, count);
      }
      await (await prisma()).$executeRaw(bumpContentGenerationSql);
      await (await prisma()).$executeRawUnsafe("ANALYZE");
      const cell = (t: Timing | null) =>
        t ? `${t.first.toFixed(2)}; ${t.median.toFixed(2)} / ${t.p90.toFixed(2)}` : "—";
      const cells = [cell(await timeQueue(fresh)).padStart(24)];
      for (const [i, count] of studiedArticles.entries()) {
        const timing = count <= size ? await timeQueue(studied[i]!) : null;
        cells.push(cell(timing).padStart(26));
      }
      console.log(
        `${String(size).padStart(8)}${String(size * questionsPerArticle).padStart(11)}` +
          cells.join(""),
      );
    }
  } finally {
    await closeDatabase();
    await dropBenchDatabase(adminUrl, name);
  }
}

await main();
