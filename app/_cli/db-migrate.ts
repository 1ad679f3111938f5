// `npm run db:migrate`: applies pending migrations and (in embedded mode, or with CITECARDS_DEMO=on)
// seeds the demo accounts, then exits.
// `npm run content:sync` (this file with --content): also loads the content folder.
import { closeDatabase } from "@/app/_server/db";
import { isAppError } from "@/app/_server/errors";
import { describeSyncReport } from "@/app/_server/data/content/sync-report";
import { demoWanted, readEnv } from "@/app/_server/env";
import { prepareDatabase } from "@/app/_server/setup/prepare-database";

const withContent = process.argv.includes("--content");

const env = readEnv();
prepareDatabase({
  contentDir: withContent ? env.CITECARDS_CONTENT_DIR : null,
  demo: demoWanted(env),
})
  .then(async (report) => {
    console.log(
      `Migrations applied: ${report.migrationsApplied.join(", ") || "nothing (up to date)"}`,
    );
    if (report.content) console.log(describeSyncReport(report.content));
    await closeDatabase();
  })
  .catch((error: unknown) => {
    console.error(isAppError(error) ? error.userMessage : error);
    process.exit(1);
  });
