// Open-loop load: GET requests sent at evenly spaced instants, whatever the answers do, over a
// pool of keep-alive connections. Latency is counted from the instant a request was due, so a
// stalled server cannot hide its stall by slowing the sender (no coordinated omission).
// autocannon's own rate option sends each connection's share in a burst at the start of every
// second, which measures those bursts instead.
import http from "node:http";
import type pg from "pg";
import type { BenchStudent } from "./bench-students";
import { startCpuCount, type Sample, type Target } from "./load-target";

export type PacedOptions = { rate: number; seconds: number; connections: number; stats: pg.Client };

function send(agent: http.Agent, target: Target, student: BenchStudent): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(
      {
        agent,
        host: "127.0.0.1",
        port: target.server.port,
        path: target.path,
        headers: target.as?.(student),
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", () => resolve(0));
  });
}

export async function pacedLoad(
  target: Target,
  students: BenchStudent[],
  { rate, seconds, connections, stats }: PacedOptions,
): Promise<Sample> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const sample: Sample = { seconds, latencies: [], non2xx: 0, stale: 0, serverCpu: 0, pgCpu: 0 };
  const cpu = await startCpuCount(target, stats);
  const interval = 1000 / rate;
  const total = Math.round(rate * seconds);
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    // Pacing, not waiting for a condition: the next request is due at a fixed instant.
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const student = students[i % students.length]!;
    pending.push(
      send(agent, target, student).then((status) => {
        sample.latencies.push(performance.now() - due);
        if (status < 200 || status > 299) sample.non2xx += 1;
      }),
    );
  }
  await Promise.all(pending);
  Object.assign(sample, await cpu.stop());
  agent.destroy();
  return sample;
}
