import "server-only";
import path from "node:path";
import { database } from "../db";
import { migrate, withMigrationLock } from "../database/migrator";
import { DEMO_ACCOUNTS, seedDemoAccounts } from "./demo-accounts";

export type PrepareReport = { migrationsApplied: string[]; demoAccountsCreated: number };

// Migrates, then seeds, while holding a database lock, so that two processes starting at once
// migrate once and seed once between them.
export async function prepareDatabase(options: { root?: string } = {}): Promise<PrepareReport> {
  const root = options.root ?? process.cwd();
  const db = await database();
  return db.withConnection(async (sql) => {
    const migrated = await migrate(sql, path.join(root, "prisma/migrations"));
    const demoAccountsCreated = await withMigrationLock(sql, () => seedDemoAccounts());
    return { migrationsApplied: migrated.applied, demoAccountsCreated };
  });
}

export function describeDemoAccounts(): string {
  return DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(8)} ${a.email}  password: ${a.password}`).join(
    "\n",
  );
}
