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

// 32 random bits: two runs at the same time on one server will not draw the same id.
export function newTestRunId(): string {
  return randomBytes(4).toString("hex");
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
