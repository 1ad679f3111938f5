// `npm run db:migrate`: applies pending migrations and seeds the demo accounts, then exits.
// `npm run content:sync` (this file with --content): also loads the content folder.
import { closeDatabase } from "@/app/_server/db";
import { isAppError } from "@/app/_server/errors";
import { describeSyncReport } from "@/app/_server/data/content/sync-report";
import { readEnv } from "@/app/_server/env";
import { prepareDatabase } from "@/app/_server/setup/prepare-database";

const withContent = process.argv.includes("--content");

prepareDatabase({ contentDir: withContent ? readEnv().CITECARDS_CONTENT_DIR : null })
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
