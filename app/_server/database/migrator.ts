import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { AppError } from "../errors";
import type { SqlExecutor } from "./sql-executor";

// Applies prisma/migrations/<timestamp>_<name>/migration.sql in order, each in its own
// transaction, and records them in `_prisma_migrations` exactly as Prisma's `migrate deploy` does
// (same table, same sha256 checksum of the file), so the two agree wherever Prisma's engine exists.
// Prisma's CLI cannot run here (its native schema engine cannot be downloaded), hence this file.

// The advisory lock key Prisma's migrate uses, so our migrator and Prisma's exclude each other.
const ADVISORY_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFile = { name: string; sql: string; checksum: string };
export type MigrationReport = { applied: string[]; alreadyApplied: number };

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

// Prisma accepts a file whose only change is its line endings (checked out on Windows).
function sameScript(recorded: string, sql: string): boolean {
  return recorded === checksumOf(sql) || recorded === checksumOf(sql.replace(/\r\n/g, "\n"));
}

export function readMigrations(migrationsDir: string): MigrationFile[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null };

async function appliedMigrations(db: SqlExecutor): Promise<Map<string, AppliedRow>> {
  const rows = await db.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  return new Map(rows.map((row) => [row.migration_name, row]));
}

function refuseTampered(files: MigrationFile[], applied: Map<string, AppliedRow>): void {
  for (const file of files) {
    const row = applied.get(file.name);
    if (row?.finished_at && !sameScript(row.checksum, file.sql)) {
      throw new AppError("migration_tampered", {
        userMessage:
          `Migration ${file.name} was edited after it was applied to this database. ` +
          "Restore the file as it was and put the change in a new migration.",
      });
    }
    if (row && !row.finished_at) {
      throw new AppError("migration_tampered", {
        userMessage: `Migration ${file.name} started but never finished on this database; resolve it by hand.`,
      });
    }
  }
}

async function applyOne(db: SqlExecutor, file: MigrationFile): Promise<void> {
  await db.exec("BEGIN");
  try {
    await db.exec(file.sql);
    await db.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count, started_at)
       VALUES ($1, $2, now(), $3, 1, now())`,
      [randomUUID(), file.checksum, file.name],
    );
    await db.exec("COMMIT");
  } catch (error) {
    await db.exec("ROLLBACK");
    throw new Error(`Migration ${file.name} failed and was rolled back: ${String(error)}`, {
      cause: error,
    });
  }
}

// `db` must be one connection: the advisory lock belongs to the session that took it.
export async function migrate(db: SqlExecutor, migrationsDir: string): Promise<MigrationReport> {
  const files = readMigrations(migrationsDir);
  await db.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
  try {
    await db.exec(CREATE_MIGRATIONS_TABLE);
    const applied = await appliedMigrations(db);
    refuseTampered(files, applied);
    const pending = files.filter((file) => !applied.has(file.name));
    for (const file of pending) await applyOne(db, file);
    return {
      applied: pending.map((file) => file.name),
      alreadyApplied: files.length - pending.length,
    };
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
  }
}

// Runs `work` while holding the migration lock, so that several processes starting at once
// migrate and seed exactly once between them.
export async function withMigrationLock<T>(db: SqlExecutor, work: () => Promise<T>): Promise<T> {
  await db.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY + 1]);
  try {
    return await work();
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY + 1]);
  }
}
