import "server-only";
import path from "node:path";
import { database } from "../db";
import { migrate, withMigrationLock } from "../database/migrator";
import { syncContent } from "../data/content/sync-content";
import type { SyncReport } from "../data/content/sync-report";
import { DEMO_ACCOUNTS, seedDemoAccounts } from "./demo-accounts";
import { seedDemoClass, type DemoClassReport } from "./demo-class";

export type PrepareReport = {
  migrationsApplied: string[];
  demoAccountsCreated: number;
  content: SyncReport | null;
  /** The demo class made by this run (only on a database whose demo teacher has no class). */
  demoClass: DemoClassReport | null;
};

// Migrates, then seeds, loads the content folder and makes the demo class, while holding a
// database lock, so that two processes starting at once migrate once, seed once and load the
// articles once between them. `demo: false` (PostgreSQL's default, env.ts) skips the demo parts.
export async function prepareDatabase(
  options: { root?: string; contentDir?: string | null; now?: Date; demo?: boolean } = {},
): Promise<PrepareReport> {
  const root = options.root ?? process.cwd();
  const demo = options.demo ?? true;
  const db = await database();
  return db.withConnection(async (sql) => {
    const migrated = await migrate(sql, path.join(root, "prisma/migrations"));
    return withMigrationLock(sql, async () => {
      const report = {
        migrationsApplied: migrated.applied,
        demoAccountsCreated: demo ? await seedDemoAccounts() : 0,
        content: options.contentDir
          ? await syncContent({ dir: path.resolve(root, options.contentDir) })
          : null,
        // After the content, whose questions the demo quiz is made of.
        demoClass: demo ? await seedDemoClass(options.now ?? new Date()) : null,
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
