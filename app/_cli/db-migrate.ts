// `npm run db:migrate`: applies pending migrations and seeds the demo accounts, then exits.
import { closeDatabase } from "@/app/_server/db";
import { isAppError } from "@/app/_server/errors";
import { prepareDatabase } from "@/app/_server/setup/prepare-database";

prepareDatabase()
  .then(async (report) => {
    console.log(`Applied: ${report.migrationsApplied.join(", ") || "nothing (up to date)"}`);
    await closeDatabase();
  })
  .catch((error: unknown) => {
    console.error(isAppError(error) ? error.userMessage : error);
    process.exit(1);
  });
