// `npm start` and `npm run dev`: everything a fresh clone needs, in order. Builds the app for
// production when the sources changed since the last build, migrates and seeds the database
// (embedded PGlite unless DATABASE_URL is set), loads the articles, then hands over to Next.js.
import { spawn, spawnSync } from "node:child_process";
import { closeDatabase } from "@/app/_server/db";
import { isAppError } from "@/app/_server/errors";
import { demoWanted, readEnv } from "@/app/_server/env";
import { describeDemoAccounts, prepareDatabase } from "@/app/_server/setup/prepare-database";
import { describeSyncReport } from "@/app/_server/data/content/sync-report";
import { buildIsCurrent, recordBuild } from "./build-fingerprint";
import { ensureAuthSecret } from "./auth-secret";

const dev = process.argv.includes("--dev");
const nextBin = "node_modules/next/dist/bin/next";

function buildIfStale(): void {
  if (buildIsCurrent()) return;
  console.log("Citecards: building for production (first start or sources changed)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    env: process.env,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  recordBuild();
}

async function prepare(): Promise<void> {
  const env = readEnv();
  console.log(
    env.DATABASE_URL
      ? "Citecards: database is PostgreSQL (DATABASE_URL)."
      : `Citecards: database is embedded PGlite in ${env.CITECARDS_DATA_DIR}.`,
  );
  const demo = demoWanted(env);
  const report = await prepareDatabase({ contentDir: env.CITECARDS_CONTENT_DIR, demo });
  console.log(
    `Citecards: migrations applied now: ${report.migrationsApplied.join(", ") || "none (up to date)"}.`,
  );
  if (report.content) {
    console.log(
      `Citecards: content from ${env.CITECARDS_CONTENT_DIR}:\n${describeSyncReport(report.content)}`,
    );
  }
  if (demo) {
    console.log(
      `Citecards: demo accounts${report.demoAccountsCreated ? " created" : ""}:\n${describeDemoAccounts()}`,
    );
  }
  if (report.demoClass) {
    const { className, joinCode, quizTitle } = report.demoClass;
    console.log(
      `Citecards: demo class created: "${className}" (join code ${joinCode}), the demo student in it, quiz "${quizTitle}".`,
    );
  }
  await closeDatabase(); // the embedded database allows one process; Next.js opens it next
}

function handOver(): void {
  const port = process.env.PORT ?? "3000";
  const child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], {
    stdio: "inherit",
    env: process.env,
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

async function main(): Promise<void> {
  process.env.AUTH_SECRET ||= ensureAuthSecret(readEnv().CITECARDS_DATA_DIR);
  if (!dev) buildIfStale();
  await prepare();
  handOver();
}

main().catch((error: unknown) => {
  console.error(isAppError(error) ? `Citecards: ${error.userMessage}` : error);
  process.exit(1);
});
