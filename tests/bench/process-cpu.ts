// CPU time used by processes, read from /proc (Linux), so the benchmark can report CPU per
// request: a measure that other work on a busy machine disturbs much less than req/s does.
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";

const ticksPerSecond = 100; // USER_HZ, 100 on Linux

function statOf(pid: number): { pgrp: number; ms: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // After "pid (comm) ": state ppid pgrp … utime (14th field of the line) stime (15th).
    const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
    return { pgrp: Number(fields[2]), ms };
  } catch {
    return null; // the process ended meanwhile
  }
}

/** CPU milliseconds of every process in a process group, by pid. */
export function groupCpu(pgrp: number): Map<number, number> {
  const usage = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = statOf(pid);
    if (stat?.pgrp === pgrp) usage.set(pid, stat.ms);
  }
  return usage;
}

/** CPU milliseconds of the PostgreSQL backends serving `database` (when on this machine). */
export async function postgresCpu(
  client: pg.Client,
  database: string,
): Promise<Map<number, number>> {
  const { rows } = await client.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'`,
    [database],
  );
  const usage = new Map<number, number>();
  for (const { pid } of rows) {
    const stat = statOf(pid);
    if (stat) usage.set(pid, stat.ms);
  }
  return usage;
}

/** CPU used between two snapshots (processes that started meanwhile count in full). */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
