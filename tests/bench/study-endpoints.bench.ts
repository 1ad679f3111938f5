// Benchmark: the study endpoints under load, beside the floors they are compared with.
// Run: npm run bench:study   (results go into BENCHMARKS.md, section "Study endpoints")
//
// 1. A fresh database `citecards_bench` (on the server of CITECARDS_BENCH_PG_URL, by default the
//    local CI server) with the shipped articles, 10,000 students × 100 cards and their review logs.
// 2. `next start` (built first if the sources changed) and the plain node:http + pg server.
// 3. autocannon, 50 connections, a warm-up then 15 s in three interleaved rounds of 5 s against:
//    (a) a bare route handler returning a constant, (b) the plain server's next card and answer,
//    (c) the app's endpoints. Besides req/s and latency, CPU per request of the server and of the
//    PostgreSQL backends (from /proc), which a busy machine disturbs less than req/s.
// Every connection acts as a rotating set of students; every answer is a new, valid one.
// The servers are stopped and the bench database is dropped at the end (CITECARDS_BENCH_KEEP=1
// keeps it). Nothing else on the server is touched.
import os from "node:os";
import autocannon from "autocannon";
import pg from "pg";
import { buildAppIfStale, startNext, startPlain, type BenchServer } from "./bench-servers";
import {
  loadStudents,
  nextAnswer,
  recordReply,
  type BenchCard,
  type BenchStudent,
} from "./bench-students";
import { cpuBetween, groupCpu, postgresCpu } from "./process-cpu";
import { benchDatabaseName, buildBenchData, dropBenchDatabase } from "./study-data";

let pgStats: pg.Client | null = null;

const adminUrl =
  process.env.CITECARDS_BENCH_PG_URL ??
  "postgresql://postgres:citecards-ci@localhost:5432/postgres";
const defaultConnections = Number(process.env.CITECARDS_BENCH_CONNECTIONS ?? 50);
const duration = Number(process.env.CITECARDS_BENCH_SECONDS ?? 15);
const warmup = Number(process.env.CITECARDS_BENCH_WARMUP_SECONDS ?? 3);
const rounds = Number(process.env.CITECARDS_BENCH_ROUNDS ?? 3);
const studentsActive = 2_000; // each connection rotates through 40 of them
const authSecret = "citecards-bench-secret-not-for-production-0123456789";

type Target = {
  name: string;
  server: BenchServer;
  method: "GET" | "POST";
  path: string;
  /** Headers that make a request act as this student. */
  as?: (student: BenchStudent) => Record<string, string>;
  answers?: boolean;
};

type Row = {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  stale: number;
  /** CPU milliseconds per request: the server process(es), then the PostgreSQL backends. */
  serverCpu: number;
  pgCpu: number;
};

type Sample = {
  seconds: number;
  latencies: number[];
  non2xx: number;
  stale: number;
  serverCpu: number;
  pgCpu: number;
};

async function load(
  target: Target,
  students: BenchStudent[],
  seconds: number,
  connections = defaultConnections,
): Promise<Sample> {
  const sample: Sample = { seconds: 0, latencies: [], non2xx: 0, stale: 0, serverCpu: 0, pgCpu: 0 };
  let nextConnection = 0;
  const perConnection = Math.max(1, Math.floor(students.length / connections));
  const serverBefore = groupCpu(target.server.pgrp);
  const pgBefore = await postgresCpu(pgStats!, benchDatabaseName);
  const result = await autocannon({
    url: `http://127.0.0.1:${target.server.port}`,
    connections,
    duration: seconds,
    timeout: 30,
    method: target.method,
    path: target.path,
    setupClient(client) {
      // A connection owns its students: no two connections answer the same card at once.
      const first = (nextConnection++ % connections) * perConnection;
      const mine = students.slice(first, first + perConnection);
      let turn = 0;
      let pending: BenchCard | null = null;
      client.on("response", (status: number, _bytes: number, ms: number) => {
        sample.latencies.push(ms);
        if (status < 200 || status > 299) sample.non2xx += 1;
      });
      client.setRequests([
        {
          method: target.method,
          path: target.path,
          setupRequest(request) {
            const student = mine[turn++ % mine.length]!;
            const headers = { ...target.as?.(student) };
            if (!target.answers) return { ...request, headers };
            const { card, body } = nextAnswer(student);
            pending = card;
            headers["content-type"] = "application/json";
            return { ...request, headers, body: JSON.stringify(body) };
          },
          onResponse(status, body) {
            if (status === 409) sample.stale += 1;
            if (pending) recordReply(pending, status, body);
          },
        },
      ]);
    },
  });
  sample.serverCpu = cpuBetween(serverBefore, groupCpu(target.server.pgrp));
  sample.pgCpu = cpuBetween(pgBefore, await postgresCpu(pgStats!, benchDatabaseName));
  sample.seconds = result.duration;
  sample.non2xx += result.errors + result.timeouts;
  return sample;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function rowOf(name: string, samples: Sample[]): Row {
  const latencies = samples.flatMap((sample) => sample.latencies).sort((a, b) => a - b);
  const sum = (pick: (sample: Sample) => number) => samples.reduce((t, x) => t + pick(x), 0);
  const count = Math.max(1, latencies.length);
  return {
    name,
    rps: latencies.length / sum((x) => x.seconds),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    non2xx: sum((x) => x.non2xx),
    stale: sum((x) => x.stale),
    serverCpu: sum((x) => x.serverCpu) / count,
    pgCpu: sum((x) => x.pgCpu) / count,
  };
}

function printTable(rows: Row[]): void {
  const pad = (text: string, width: number) => text.padStart(width);
  console.log(
    `\n${"endpoint".padEnd(36)}${pad("req/s", 7)}${pad("p50 ms", 8)}${pad("p99 ms", 8)}` +
      `${pad("non-2xx", 8)}${pad("409", 5)}${pad("srv CPU ms/req", 16)}${pad("pg CPU ms/req", 15)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(36)}${pad(row.rps.toFixed(0), 7)}${pad(row.p50.toFixed(1), 8)}` +
        `${pad(row.p99.toFixed(1), 8)}${pad(String(row.non2xx), 8)}${pad(String(row.stale), 5)}` +
        `${pad(row.serverCpu.toFixed(2), 16)}${pad(row.pgCpu.toFixed(2), 15)}`,
    );
  }
}

function printRatios(rows: Row[]): void {
  const find = (name: string) => rows.find((row) => row.name.startsWith(name))!;
  const constant = find("(a)");
  const plainAnswer = find("(b) answer");
  const appAnswer = find("(c) answer");
  const appNext = find("(c) next card, GET");
  const appNextAlone = find("(c) next card, 1 connection");
  const ratioA = appAnswer.rps / constant.rps;
  const ratioB = appAnswer.rps / plainAnswer.rps;
  const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
  console.log(
    `\napp answer / (a) constant:     ${ratioA.toFixed(2)} (target ≥ 0.6: ${verdict(ratioA >= 0.6)})`,
  );
  console.log(
    `app answer / (b) plain answer: ${ratioB.toFixed(2)} (target ≥ 0.5: ${verdict(ratioB >= 0.5)})`,
  );
  console.log(
    `app next-card p99:             ${appNext.p99.toFixed(1)} ms at ${defaultConnections} connections ` +
      `(target ≤ 20 ms: ${verdict(appNext.p99 <= 20)}); ${appNextAlone.p99.toFixed(1)} ms at 1 connection`,
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(`Study endpoints benchmark: ${os.cpus().length} cores, node ${process.version}`);
  const data = await buildBenchData(
    adminUrl,
    { students: 10_000, cardsPerStudent: 100 },
    process.cwd(),
  );
  const { seconds: s, rows: r } = data;
  console.log(
    `Data: migrate + content ${s.migrateAndContent.toFixed(1)} s, generate ${s.generate.toFixed(1)} s, ` +
      `indexes + VACUUM ANALYZE ${s.indexAndAnalyze.toFixed(1)} s\n` +
      `  ${r.users} users, ${r.questions} questions, ${r.cards} cards (${r.dueNow} due now), ` +
      `${r.reviewLogs} review logs`,
  );
  const build = buildAppIfStale();
  console.log(build.built ? `next build: ${build.seconds.toFixed(0)} s` : "next build: up to date");
  const env = { DATABASE_URL: data.url, AUTH_SECRET: authSecret, TZ: "UTC" };
  const servers: BenchServer[] = [];
  const stopAll = () => Promise.all(servers.map((server) => server.stop()));
  // The servers run in process groups of their own, which Ctrl+C does not reach: stop them here.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  }
  try {
    const app = await startNext(env);
    servers.push(app);
    const plain = await startPlain(env);
    servers.push(plain);
    const students = await loadStudents(data.url, studentsActive, authSecret);
    const cookie = (student: BenchStudent) => ({ cookie: student.cookie });
    const header = (student: BenchStudent) => ({ "x-user-id": student.userId });
    const targets: Target[] = [
      { name: "(a) Next constant route", server: app, method: "GET", path: "/api/bench/constant" },
      {
        name: "(b) next card, plain http+pg",
        server: plain,
        method: "GET",
        path: "/next",
        as: header,
      },
      {
        name: "(b) answer, plain http+pg",
        server: plain,
        method: "POST",
        path: "/answer",
        as: header,
        answers: true,
      },
      {
        name: "(c) next card, GET /api/study/next",
        server: app,
        method: "GET",
        path: "/api/study/next",
        as: cookie,
      },
      {
        name: "(c) answer, POST /api/study/answer",
        server: app,
        method: "POST",
        path: "/api/study/answer",
        as: cookie,
        answers: true,
      },
    ];
    pgStats = new pg.Client({ connectionString: adminUrl });
    await pgStats.connect();
    for (const target of targets) await load(target, students, warmup);
    // Rounds interleave the targets, so a burst of other work on the machine hits them alike.
    const samples = targets.map(() => [] as Sample[]);
    for (let round = 1; round <= rounds; round++) {
      for (const [i, target] of targets.entries()) {
        samples[i]!.push(await load(target, students, duration / rounds));
      }
      console.log(`  round ${round}/${rounds} done (load average ${os.loadavg()[0]!.toFixed(2)})`);
    }
    const rows = targets.map((target, i) => rowOf(target.name, samples[i]!));
    // Latency without queueing: one connection, so each request has the machine to itself.
    const appNext = targets[3]!;
    const alone = await load(appNext, students, duration / rounds, 1);
    rows.push(rowOf("(c) next card, 1 connection", [alone]));
    printTable(rows);
    printRatios(rows);
    console.log(
      `\nLoad average (1/5/15 min): ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(" / ")}`,
    );
  } finally {
    await pgStats?.end();
    await stopAll();
    if (process.env.CITECARDS_BENCH_KEEP !== "1") await dropBenchDatabase(adminUrl);
    console.log(`Total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
}

await main();
