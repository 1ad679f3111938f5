import autocannon from "autocannon";
import pg from "pg";
import { cpuBetween, groupCpu, postgresCpu } from "./process-cpu";
import { buildAppIfStale, startNext } from "./bench-servers";
import { loadStudents, nextAnswer, recordReply, type BenchCard } from "./bench-students";
const url = "postgresql://postgres:citecards-ci@localhost:5432/citecards_bench";
const secret = "citecards-bench-secret-not-for-production-0123456789";
const which = process.argv[2] ?? "answer";
const args = process.env.PROF === "1" ? ["--cpu-prof", "--cpu-prof-dir=/tmp/prof"] : [];
buildAppIfStale();
const app = await startNext({ DATABASE_URL: url, AUTH_SECRET: secret, TZ: "UTC" }, args);
const students = await loadStudents(url, 200, secret);
let n = 0;
const stats = new pg.Client({ connectionString: url }); await stats.connect();
const w = await autocannon({ url: `http://127.0.0.1:${app.port}/api/bench/constant`, connections: 10, duration: 2 });
const sb = groupCpu(app.pgrp); const pb = await postgresCpu(stats, "citecards_bench");
const answers = which === "answer";
async function run(secs: number) { n = 0; return autocannon({
  url: `http://127.0.0.1:${app.port}`, connections: 50, duration: secs,
  setupClient(client) {
    const mine = students.slice((n++ % 50) * 4, (n % 50 || 50) * 4); let turn = 0; let pending: BenchCard | null = null;
    client.setRequests([{ method: answers ? "POST" : "GET", path: answers ? "/api/study/answer" : "/api/study/next",
      setupRequest(req) { const s = mine[turn++ % mine.length]!; const headers: Record<string,string> = { cookie: s.cookie };
        if (!answers) return { ...req, headers }; const { card, body } = nextAnswer(s); pending = card; headers["content-type"] = "application/json"; return { ...req, headers, body: JSON.stringify(body) }; },
      onResponse(status, body) { if (pending) recordReply(pending, status, body); } }]);
  },
}); }
await run(3);
const sb2 = groupCpu(app.pgrp); const pb2 = await postgresCpu(stats, "citecards_bench");
const r = await run(Number(process.env.SECS ?? 10));
const total = r.requests.total; console.log(which, "req/s", r.requests.average, "p99", r.latency.p99, "non2xx", r.non2xx, "srv ms/req", (cpuBetween(sb2, groupCpu(app.pgrp))/total).toFixed(2), "pg ms/req", (cpuBetween(pb2, await postgresCpu(stats, "citecards_bench"))/total).toFixed(2)); await stats.end();
await app.stop();
