import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");

const resolve = {
  alias: {
    "@": root,
    // `server-only` throws outside React Server Components; tests call server code directly.
    "server-only": path.join(root, "tests/support/server-only-stub.ts"),
  },
};

// `npm test` runs both projects. Unit tests are pure. Integration tests get a database of their
// own per worker: embedded PGlite by default, PostgreSQL when TEST_DATABASE_URL is set (the
// global setup names a PostgreSQL run's databases and drops them when the run ends).
export default defineConfig({
  root,
  resolve,
  test: {
    pool: "forks",
    projects: [
      {
        root,
        resolve,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], testTimeout: 30_000 },
      },
      {
        root,
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: [path.join(root, "tests/support/test-run-global-setup.ts")],
          setupFiles: [path.join(root, "tests/support/setup-worker-database.ts")],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
