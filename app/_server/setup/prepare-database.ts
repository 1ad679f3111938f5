import "server-only";
import path from "node:path";
import { database } from "../db";
import { migrate, withMigrationLock } from "../database/migrator";
import { syncContent } from "../data/content/sync-content";
import type { SyncReport } from "../data/content/sync-report";
import { DEMO_ACCOUNTS, seedDemoAccounts } from "./demo-accounts";

export type PrepareReport = {
  migrationsApplied: string[];
  demoAccountsCreated: number;
  content: SyncReport | null;
};

// Migrates, then seeds and loads the content folder, while holding a database lock, so that two
// processes starting at once migrate once, seed once and load the articles once between them.
export async function prepareDatabase(
  options: { root?: string; contentDir?: string | null } = {},
): Promise<PrepareReport> {
  const root = options.root ?? process.cwd();
  const db = await database();
  return db.withConnection(async (sql) => {
    const migrated = await migrate(sql, path.join(root, "prisma/migrations"));
    return withMigrationLock(sql, async () => {
      const report = {
        migrationsApplied: migrated.applied,
        demoAccountsCreated: await seedDemoAccounts(),
        content: options.contentDir
          ? await syncContent({ dir: path.resolve(root, options.contentDir) })
          : null,
      };
      // PGlite runs no autovacuum, so its planner has no statistics unless asked. PostgreSQL's
      // autovacuum keeps its own; analysing a large database at every start would only slow it.
      if (db.kind === "pglite") await sql.exec("ANALYZE");
      return report;
    });
  });
}

export function describeDemoAccounts(): string {
  return DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(8)} ${a.email}  password: ${a.password}`).join(
    "\n",
  );
}
