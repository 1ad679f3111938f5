import { randomBytes } from "node:crypto";
import pg from "pg";

// On PostgreSQL every integration test run names its databases citecards_test_<runId>_…, so the
// run's global teardown can drop exactly its own databases and no other run's, even when several
// runs share one server at the same time.

// Vitest's provide/inject is typed by augmenting its ProvidedContext interface; only an interface
// merges, so the house rule of `type` over `interface` cannot apply here.
declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface ProvidedContext {
    testRunId: string;
  }
}

// The id starts with the pid of the process that runs the tests (vitest's main process), so a
// later run can tell a run that was killed before its teardown (its process is gone) from one
// still going; 32 random bits after it keep two runs apart even if a pid comes round again.
export function newTestRunId(ownerPid = process.pid): string {
  return `${ownerPid}p${randomBytes(4).toString("hex")}`;
}

/** The pid a run id names, or null for an id of another shape (older runs'). */
export function runOwnerPid(runId: string): number | null {
  const match = /^(\d+)p[0-9a-f]{8}$/.exec(runId);
  return match ? Number(match[1]) : null;
}

export function runDatabasePrefix(runId: string): string {
  // An empty or odd run id would widen the prefix towards other runs' databases.
  if (!/^[0-9a-z]+$/.test(runId)) throw new Error(`invalid test run id "${runId}"`);
  return `citecards_test_${runId}_`;
}

// PostgreSQL silently truncates identifiers to 63 bytes (NAMEDATALEN - 1), so two long names
// could end up as one database: refuse them instead.
export function testDatabaseName(runId: string, ...parts: string[]): string {
  const name = runDatabasePrefix(runId) + parts.join("_");
  if (!/^[0-9a-z_]+$/.test(name) || name.length > 63) {
    throw new Error(`"${name}" is not a valid test database name (a–z, 0–9, _, at most 63 bytes)`);
  }
  return name;
}

export async function withAdminClient<T>(
  adminUrl: string,
  work: (admin: pg.Client) => Promise<T>,
): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

async function runDatabasesOn(admin: pg.Client, runId: string): Promise<string[]> {
  // starts_with, not LIKE: in a LIKE pattern `_` matches any character.
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY datname`,
    [runDatabasePrefix(runId)],
  );
  return rows.map((row) => row.datname);
}

export function listRunDatabases(adminUrl: string, runId: string): Promise<string[]> {
  return withAdminClient(adminUrl, (admin) => runDatabasesOn(admin, runId));
}

// Drops every database of the run, returning their names. FORCE ends connections a crashed
// worker may have left open.
export function dropRunDatabases(adminUrl: string, runId: string): Promise<string[]> {
  return withAdminClient(adminUrl, async (admin) => {
    const names = await runDatabasesOn(admin, runId);
    for (const name of names) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    return names;
  });
}

// Pids mean something only on the machine that runs the tests, so abandoned runs are looked for
// only on a server on this machine (localhost or a Unix socket).
export function isServerOnThisMachine(adminUrl: string): boolean {
  const url = new URL(adminUrl);
  const host = url.searchParams.get("host") ?? decodeURIComponent(url.hostname);
  return ["", "localhost", "127.0.0.1", "[::1]", "::1"].includes(host) || host.startsWith("/");
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Drops the databases of earlier runs whose test process has ended without its teardown (killed,
 * or stopped at a breakpoint and abandoned), returning their names. A run still going, or one
 * whose id names no pid, is left alone.
 */
export function dropAbandonedRunDatabases(
  adminUrl: string,
  isAlive: (pid: number) => boolean = isProcessAlive,
): Promise<string[]> {
  return withAdminClient(adminUrl, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE starts_with(datname, 'citecards_test_') ORDER BY datname`,
    );
    const dropped: string[] = [];
    for (const { datname } of rows) {
      const runId = datname.slice("citecards_test_".length).split("_")[0] ?? "";
      const owner = runOwnerPid(runId);
      if (owner === null || isAlive(owner)) continue;
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      dropped.push(datname);
    }
    return dropped;
  });
}
