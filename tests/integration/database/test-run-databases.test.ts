import { afterAll, describe, expect, inject, it } from "vitest";
import { database } from "@/app/_server/db";
import { testDatabaseKind } from "@/tests/support/test-database";
import {
  dropAbandonedRunDatabases,
  dropRunDatabases,
  isProcessAlive,
  isServerOnThisMachine,
  listRunDatabases,
  newTestRunId,
  runOwnerPid,
  testDatabaseName,
  withAdminClient,
} from "@/tests/support/test-run-databases";

// Test runs on PostgreSQL used to leave every database they made on the server (303 of them,
// 3 GB, on one developer's machine). Now the run's global teardown drops them by their run id.
const adminUrl = process.env.TEST_DATABASE_URL ?? "";
const made: string[] = [];

async function makeDatabases(names: string[]): Promise<void> {
  await withAdminClient(adminUrl, async (admin) => {
    for (const name of names) {
      made.push(name);
      await admin.query(`CREATE DATABASE "${name}"`);
    }
  });
}

afterAll(async () => {
  if (made.length === 0) return;
  await withAdminClient(adminUrl, async (admin) => {
    for (const name of made) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
});

describe.skipIf(testDatabaseKind() !== "postgresql")("a test run's PostgreSQL databases", () => {
  it("are named after the run, so its teardown finds this worker's database", async () => {
    const db = await database();
    const [row] = await db.withConnection((sql) =>
      sql.query<{ name: string }>(`SELECT current_database() AS "name"`),
    );
    expect(row?.name).toMatch(new RegExp(`^citecards_test_${inject("testRunId")}_\\d+_\\d+$`));
  });

  it("are all dropped by the run's id, and no other run's are, not even one whose id starts with it", async () => {
    const ours = newTestRunId();
    const oursNames = [
      testDatabaseName(ours, "1", "4242"),
      testDatabaseName(ours, "1", "4242", "record"),
    ];
    // `${ours}0` is what a LIKE 'citecards_test_<ours>_%' would also match (`_` is any character).
    const theirs = [
      testDatabaseName(newTestRunId(), "1", "4242"),
      testDatabaseName(`${ours}0`, "1", "4242"),
    ];
    await makeDatabases([...oursNames, ...theirs]);

    expect(await dropRunDatabases(adminUrl, ours)).toEqual([...oursNames].sort());
    expect(await listRunDatabases(adminUrl, ours)).toEqual([]);
    const left = await withAdminClient(adminUrl, (admin) =>
      admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname = ANY($1)`, [
        theirs,
      ]),
    );
    expect(left.rows.map((row) => row.datname).sort()).toEqual([...theirs].sort());
  });
});

describe.skipIf(testDatabaseKind() !== "postgresql")("a killed test run's databases", () => {
  it("are dropped by a later run once its process is gone, and a live run's are kept", async () => {
    const killedPid = 4_194_305; // above Linux's largest pid: no such process
    const killed = testDatabaseName(newTestRunId(killedPid), "1", "4242");
    const live = testDatabaseName(newTestRunId(), "1", "4242");
    const unnamed = testDatabaseName(newTestRunId().replace(/^\d+p/, ""), "1", "4242");
    await makeDatabases([killed, live, unnamed]);

    // Only the made-up pid counts as gone, so other runs on this server are not touched.
    const dropped = await dropAbandonedRunDatabases(adminUrl, (pid) => pid !== killedPid);

    expect(dropped).toEqual([killed]);
    const left = await withAdminClient(adminUrl, (admin) =>
      admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname = ANY($1)`, [
        [killed, live, unnamed],
      ]),
    );
    expect(left.rows.map((row) => row.datname).sort()).toEqual([live, unnamed].sort());
  });
});

describe("a test run id", () => {
  it("names the process that runs the tests, and older ids name none", () => {
    expect(runOwnerPid(newTestRunId(4242))).toBe(4242);
    expect(runOwnerPid(newTestRunId())).toBe(process.pid);
    expect(runOwnerPid("9f86d081")).toBeNull();
    expect(runOwnerPid("4242p9f86d0810")).toBeNull();
  });

  it("lets a run tell a live process from one that has ended", () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(isProcessAlive(4_194_305)).toBe(false);
  });

  it("is checked for abandoned runs only on a server on this machine", () => {
    expect(isServerOnThisMachine("postgresql://postgres:pw@localhost:5432/postgres")).toBe(true);
    expect(isServerOnThisMachine("postgresql://postgres@127.0.0.1/postgres")).toBe(true);
    expect(isServerOnThisMachine("postgresql://postgres@[::1]:5432/postgres")).toBe(true);
    expect(isServerOnThisMachine("postgresql:///postgres?host=/var/run/postgresql")).toBe(true);
    expect(isServerOnThisMachine("postgresql://postgres@db.example.com/postgres")).toBe(false);
  });
});

describe("a test database name", () => {
  it("keeps within PostgreSQL's 63-byte identifier limit with the longest worker name and suffix", () => {
    // 4194304 is Linux's largest pid (pid_max); "concurrent" the migrator tests' longest suffix.
    const name = testDatabaseName(newTestRunId(), "99", "4194304", "concurrent");
    expect(name.length).toBeLessThanOrEqual(63);
  });

  it("is refused rather than silently truncated by PostgreSQL when it would be longer", () => {
    expect(() => testDatabaseName(newTestRunId(), "1", "4242", "x".repeat(40))).toThrow(
      /at most 63 bytes/,
    );
  });
});
