// The servers the study benchmark measures, each in a process group of its own on loopback, so
// that stopping one ends it and everything it started, and nothing else.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { buildIsCurrent, recordBuild } from "@/app/_cli/build-fingerprint";

const nextBin = "node_modules/next/dist/bin/next";

export type BenchServer = {
  name: string;
  port: number;
  /** The server's process group (the server and anything it started). */
  pgrp: number;
  stop(): Promise<void>;
};

/** `next build`, only when the sources changed since the last recorded build. */
export function buildAppIfStale(): { built: boolean; seconds: number } {
  const started = performance.now();
  if (buildIsCurrent()) return { built: false, seconds: 0 };
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
  recordBuild();
  return { built: true, seconds: (performance.now() - started) / 1000 };
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `nodeArgs`: e.g. ["--cpu-prof"] to profile the server (CITECARDS_BENCH_NODE_ARGS). */
export async function startNext(
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<BenchServer> {
  const port = await freePort();
  const args = [...nodeArgs, nextBin, "start", "-p", String(port), "-H", "127.0.0.1"];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, NODE_ENV: "production", CITECARDS_BENCH: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  return ready("next start", child, port, "/api/bench/constant");
}

export async function startPlain(env: Record<string, string>): Promise<BenchServer> {
  const port = await freePort();
  const args = ["--import", "tsx", "--conditions=react-server", "tests/bench/plain-server.ts"];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  return ready("plain http + pg", child, port, "/health");
}

async function ready(
  name: string,
  child: ChildProcess,
  port: number,
  probe: string,
): Promise<BenchServer> {
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );
  const stop = async () => {
    if (exited || child.pid === undefined) return;
    process.kill(-child.pid, "SIGTERM"); // the group this script created, nothing else
    const timer = setTimeout(() => !exited && process.kill(-child.pid!, "SIGKILL"), 5000);
    await exit;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && !exited) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}${probe}`);
      await response.arrayBuffer();
      if (response.status < 500) return { name, port, pgrp: child.pid!, stop };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`${name} did not start on port ${port}`);
}
