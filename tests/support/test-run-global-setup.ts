import type { TestProject } from "vitest/node";
import {
  dropAbandonedRunDatabases,
  dropRunDatabases,
  isServerOnThisMachine,
  newTestRunId,
} from "./test-run-databases";

// Integration project's global setup. On PostgreSQL it gives the run an id that the workers put in
// their database names (test-database.ts), and drops the run's databases when the run ends,
// passed or failed; they used to pile up on the server (hundreds, gigabytes). PGlite runs keep
// their databases in memory and need neither. A run that was killed never reaches its teardown,
// so each run first drops what runs killed earlier on this machine left behind.
export async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return undefined;
  if (isServerOnThisMachine(adminUrl)) await dropAbandonedRunDatabases(adminUrl);
  const runId = newTestRunId();
  project.provide("testRunId", runId);
  return async () => {
    await dropRunDatabases(adminUrl, runId);
  };
}
