import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "@/app/_server/database/connect";
import { checksumOf, migrate, readMigrations } from "@/app/_server/database/migrator";
import { migrationsDir, openEmptyTestDatabase } from "@/tests/support/test-database";

const opened: Database[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

async function emptyDatabase(suffix: string): Promise<Database> {
  const db = await openEmptyTestDatabase(suffix);
  opened.push(db);
  return db;
}

function copyOfMigrations(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "citecards-migrations-"));
  fs.cpSync(migrationsDir, dir, { recursive: true });
  return dir;
}

function addMigration(dir: string, name: string, sql: string): void {
  fs.mkdirSync(path.join(dir, name));
  fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

describe("the migrator", () => {
  it("applies every migration once and records it with Prisma's sha256 checksum", async () => {
    const db = await emptyDatabase("record");
    const first = await db.withConnection((sql) => migrate(sql, migrationsDir));
    const second = await db.withConnection((sql) => migrate(sql, migrationsDir));
    const rows = await db.withConnection((sql) =>
      sql.query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
        `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      ),
    );
    const files = readMigrations(migrationsDir);
    expect(first.applied).toEqual(files.map((file) => file.name));
    expect(second).toEqual({ applied: [], alreadyApplied: files.length });
    expect(rows).toEqual(
      files.map((file) => ({
        migration_name: file.name,
        checksum: checksumOf(file.sql),
        applied_steps_count: 1,
      })),
    );
  });

  it("refuses to run when an applied migration file was edited, and says which one", async () => {
    const db = await emptyDatabase("tampered");
    const dir = copyOfMigrations();
    await db.withConnection((sql) => migrate(sql, dir));
    const [first] = readMigrations(dir);
    fs.appendFileSync(path.join(dir, first!.name, "migration.sql"), "\n-- edited\n");
    await expect(db.withConnection((sql) => migrate(sql, dir))).rejects.toMatchObject({
      code: "migration_tampered",
      userMessage: expect.stringContaining(first!.name),
    });
  });

  it("rolls back a failing migration and records nothing for it", async () => {
    const db = await emptyDatabase("failing");
    const dir = copyOfMigrations();
    addMigration(
      dir,
      "29990101000000_broken",
      'CREATE TABLE "Half" ("id" TEXT);\nSELECT no_such_function();\n',
    );
    await expect(db.withConnection((sql) => migrate(sql, dir))).rejects.toThrow(
      /29990101000000_broken failed/,
    );
    const tables = await db.withConnection((sql) =>
      sql.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`),
    );
    const names = await db.withConnection((sql) =>
      sql.query(`SELECT migration_name FROM "_prisma_migrations"`),
    );
    expect(tables).toEqual([]);
    expect(names).toHaveLength(readMigrations(migrationsDir).length);
  });

  it("migrates once when several starters run at the same moment", async () => {
    const db = await emptyDatabase("concurrent");
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => db.withConnection((sql) => migrate(sql, migrationsDir))),
    );
    const appliedCounts = runs.map((run) => run.applied.length).sort();
    expect(appliedCounts).toEqual([0, 0, 0, readMigrations(migrationsDir).length]);
  });
});
