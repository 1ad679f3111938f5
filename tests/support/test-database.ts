import { inject } from "vitest";
import { openDatabase, type Database } from "@/app/_server/database/connect";
import { migrate } from "@/app/_server/database/migrator";
import { testDatabaseName, withAdminClient } from "./test-run-databases";

// Each test worker gets a database of its own: an in-memory PGlite per test file by default, or,
// with TEST_DATABASE_URL set, a PostgreSQL database named after the run and the worker, made
// afresh once per worker process and migrated. The run's global setup drops them all at its end.
export const migrationsDir = "prisma/migrations";
const state = globalThis as typeof globalThis & { citecardsTestDbReady?: Promise<string> };

function workerDatabaseName(...suffix: string[]): string {
  const runId = inject("testRunId");
  // Without the run id the run's teardown could not find this database, so it would stay behind.
  if (!runId) throw new Error("no test run id: tests/support/test-run-global-setup.ts did not run");
  return testDatabaseName(runId, process.env.VITEST_POOL_ID ?? "0", String(process.pid), ...suffix);
}

async function recreatePostgresDatabase(adminUrl: string, name: string): Promise<string> {
  await withAdminClient(adminUrl, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function testDatabaseKind(): "postgresql" | "pglite" {
  return process.env.TEST_DATABASE_URL ? "postgresql" : "pglite";
}

export async function openTestDatabase(): Promise<Database> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const db = await openDatabase({ kind: "pglite", dataDir: "memory://" });
    await db.withConnection((sql) => migrate(sql, migrationsDir));
    return db;
  }
  state.citecardsTestDbReady ??= recreatePostgresDatabase(adminUrl, workerDatabaseName());
  const db = await openDatabase({ kind: "postgresql", url: await state.citecardsTestDbReady });
  await db.withConnection((sql) => migrate(sql, migrationsDir));
  return db;
}

// A second, empty database for tests that need to migrate from nothing.
export async function openEmptyTestDatabase(suffix: string): Promise<Database> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return openDatabase({ kind: "pglite", dataDir: "memory://" });
  const url = await recreatePostgresDatabase(adminUrl, workerDatabaseName(suffix));
  return openDatabase({ kind: "postgresql", url });
}
