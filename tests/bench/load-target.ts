// One autocannon run against one endpoint, and the numbers the study benchmark keeps from it.
import autocannon from "autocannon";
import type pg from "pg";
import type { BenchServer } from "./bench-servers";
import { nextAnswer, recordReply, type BenchCard, type BenchStudent } from "./bench-students";
import { cpuBetween, groupCpu, postgresCpu } from "./process-cpu";
import { benchDatabaseName } from "./study-data";

export type Target = {
  name: string;
  server: BenchServer;
  method: "GET" | "POST";
  path: string;
  /** Headers that make a request act as this student. */
  as?: (student: BenchStudent) => Record<string, string>;
  answers?: boolean;
};

export type Row = {
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

export type Sample = {
  seconds: number;
  latencies: number[];
  non2xx: number;
  stale: number;
  serverCpu: number;
  pgCpu: number;
};

export type LoadOptions = {
  seconds: number;
  connections: number;
  /** A connection to the PostgreSQL server, to read its backends' CPU. */
  stats: pg.Client;
};

/** CPU milliseconds the server and the bench database's backends use from now until stop(). */
export async function startCpuCount(target: Target, stats: pg.Client) {
  const serverBefore = groupCpu(target.server.pgrp);
  const pgBefore = await postgresCpu(stats, benchDatabaseName);
  return {
    async stop(): Promise<{ serverCpu: number; pgCpu: number }> {
      return {
        serverCpu: cpuBetween(serverBefore, groupCpu(target.server.pgrp)),
        pgCpu: cpuBetween(pgBefore, await postgresCpu(stats, benchDatabaseName)),
      };
    },
  };
}

export async function load(
  target: Target,
  students: BenchStudent[],
  { seconds, connections, stats }: LoadOptions,
): Promise<Sample> {
  const sample: Sample = { seconds: 0, latencies: [], non2xx: 0, stale: 0, serverCpu: 0, pgCpu: 0 };
  let nextConnection = 0;
  const perConnection = Math.max(1, Math.floor(students.length / connections));
  const cpu = await startCpuCount(target, stats);
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
  Object.assign(sample, await cpu.stop());
  sample.seconds = result.duration;
  sample.non2xx += result.errors + result.timeouts;
  return sample;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export function rowOf(name: string, samples: Sample[]): Row {
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
