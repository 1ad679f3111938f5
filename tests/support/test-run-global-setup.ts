import type { TestProject } from "vitest/node";
import { dropRunDatabases, newTestRunId } from "./test-run-databases";

// Integration project's global setup. On PostgreSQL it gives the run an id that the workers put in
// their database names (test-database.ts), and drops the run's databases when the run ends,
// passed or failed; they used to pile up on the server (hundreds, gigabytes). PGlite runs keep
// their databases in memory and need neither.
export function setup(project: TestProject): (() => Promise<void>) | undefined {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return undefined;
  const runId = newTestRunId();
  project.provide("testRunId", runId);
  return async () => {
    await dropRunDatabases(adminUrl, runId);
  };
}
