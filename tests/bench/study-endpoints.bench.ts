// Benchmark: the study endpoints under load, beside the floors they are compared with.
// Run: npm run bench:study   (results go into BENCHMARKS.md, section "Study endpoints")
//
// 1. A fresh database `citecards_bench` (on the server of CITECARDS_BENCH_PG_URL, by default the
//    local CI server) with the shipped articles, 10,000 students × 100 cards and their review logs.
// 2. `next start` (built first if the sources changed) and the plain node:http + pg server.
// 3. autocannon, 50 connections, a warm-up then 15 s in three interleaved rounds of 5 s against:
//    (a) a bare route handler returning a constant (and, as a second floor, one that reads a JSON
//    body first), (b) the plain server's next card and answer, (c) the app's endpoints. Besides
//    req/s and latency, CPU per request of the server and of the PostgreSQL backends (from
//    /proc), which a busy machine disturbs less than req/s.
// 4. Next-card latency at offered loads below saturation (a ladder of fixed rates over the same
//    50 connections): with every connection always waiting, p99 is mostly queueing.
// Every connection acts as a rotating set of students; every answer is a new, valid one.
// The servers are stopped and the bench database is dropped at the end (CITECARDS_BENCH_KEEP=1
// keeps it). Nothing else on the server is touched.
import os from "node:os";
import pg from "pg";
import { buildAppIfStale, startNext, startPlain, type BenchServer } from "./bench-servers";
import { loadStudents, type BenchStudent } from "./bench-students";
import { load, rowOf, type LoadOptions, type Row, type Sample, type Target } from "./load-target";
import { pacedLoad } from "./paced-load";
import { buildBenchData, dropBenchDatabase } from "./study-data";

const adminUrl =
  process.env.CITECARDS_BENCH_PG_URL ??
  "postgresql://postgres:citecards-ci@localhost:5432/postgres";
const defaultConnections = Number(process.env.CITECARDS_BENCH_CONNECTIONS ?? 50);
const duration = Number(process.env.CITECARDS_BENCH_SECONDS ?? 15);
const warmup = Number(process.env.CITECARDS_BENCH_WARMUP_SECONDS ?? 3);
const rounds = Number(process.env.CITECARDS_BENCH_ROUNDS ?? 3);
const studentsActive = 2_000; // each connection rotates through 40 of them
// Offered loads for the next-card latency ladder, as fractions of its saturated req/s.
const ladder = [0.2, 0.4, 0.6, 0.8];
const latencyTarget = 20; // ms, next-card p99
const authSecret = "citecards-bench-secret-not-for-production-0123456789";

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

function printRatios(rows: Row[], ladderRows: Row[]): void {
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
      `(target ≤ ${latencyTarget} ms: ${verdict(appNext.p99 <= latencyTarget)}); ` +
      `${appNextAlone.p99.toFixed(1)} ms at 1 connection`,
  );
  // The highest step with every step up to it within the target.
  const firstOver = ladderRows.findIndex((row) => row.p99 > latencyTarget);
  const best = (firstOver === -1 ? ladderRows : ladderRows.slice(0, firstOver)).at(-1);
  console.log(
    best
      ? `  p99 ≤ ${latencyTarget} ms up to ${best.rps.toFixed(0)} req/s offered over ` +
          `${defaultConnections} connections (${(best.rps / appNext.rps).toFixed(2)} of saturation)`
      : `  p99 above ${latencyTarget} ms at every offered load of the ladder`,
  );
}

function targetsFor(app: BenchServer, plain: BenchServer): Target[] {
  const cookie = (student: BenchStudent) => ({ cookie: student.cookie });
  const header = (student: BenchStudent) => ({ "x-user-id": student.userId });
  const answers = true;
  return [
    { name: "(a) Next constant route", server: app, method: "GET", path: "/api/bench/constant" },
    {
      name: "(a') Next route reading a JSON body",
      server: app,
      method: "POST",
      path: "/api/bench/echo",
      answers,
    },
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
      answers,
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
      answers,
    },
  ];
}

async function measureRounds(
  targets: Target[],
  students: BenchStudent[],
  options: Omit<LoadOptions, "seconds">,
): Promise<Row[]> {
  for (const target of targets) await load(target, students, { ...options, seconds: warmup });
  // Rounds interleave the targets, so a burst of other work on the machine hits them alike.
  const samples = targets.map(() => [] as Sample[]);
  for (let round = 1; round <= rounds; round++) {
    for (const [i, target] of targets.entries()) {
      samples[i]!.push(await load(target, students, { ...options, seconds: duration / rounds }));
    }
    console.log(`  round ${round}/${rounds} done (load average ${os.loadavg()[0]!.toFixed(2)})`);
  }
  return targets.map((target, i) => rowOf(target.name, samples[i]!));
}

// Up to the same 50 connections, requests sent at a fixed rate (paced-load.ts): the latency a
// student sees while the server has room, instead of the queueing of a saturated one.
async function latencyLadder(
  target: Target,
  students: BenchStudent[],
  saturated: number,
  stats: pg.Client,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const fraction of ladder) {
    const rate = Math.max(1, Math.round(saturated * fraction));
    const sample = await pacedLoad(target, students, {
      rate,
      seconds: duration / rounds,
      connections: defaultConnections,
      stats,
    });
    rows.push(rowOf(`(c) next card, ${rate} req/s offered`, [sample]));
  }
  return rows;
}

async function runLoads(app: BenchServer, plain: BenchServer, url: string): Promise<void> {
  const students = await loadStudents(url, studentsActive, authSecret);
  const stats = new pg.Client({ connectionString: adminUrl });
  await stats.connect();
  try {
    const targets = targetsFor(app, plain);
    const rows = await measureRounds(targets, students, { connections: defaultConnections, stats });
    const appNext = targets.find((target) => target.path === "/api/study/next")!;
    // Latency without queueing: one connection, so each request has the machine to itself.
    const alone = await load(appNext, students, {
      seconds: duration / rounds,
      connections: 1,
      stats,
    });
    rows.push(rowOf("(c) next card, 1 connection", [alone]));
    const saturated = rows.find((row) => row.name === appNext.name)!.rps;
    const ladderRows = await latencyLadder(appNext, students, saturated, stats);
    printTable([...rows, ...ladderRows]);
    printRatios(rows, ladderRows);
  } finally {
    await stats.end();
  }
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
    servers.push(await startNext(env));
    servers.push(await startPlain(env));
    await runLoads(servers[0]!, servers[1]!, data.url);
    const loads = os.loadavg().map((x) => x.toFixed(2));
    console.log(`\nLoad average (1/5/15 min): ${loads.join(" / ")}`);
  } finally {
    await stopAll();
    if (process.env.CITECARDS_BENCH_KEEP !== "1") await dropBenchDatabase(adminUrl);
    console.log(`Total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
}

await main();
