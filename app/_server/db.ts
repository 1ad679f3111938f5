import "server-only";
import { openDatabase, targetFromEnv, type Database } from "./database/connect";
import { readEnv } from "./env";

// The one Prisma client of the process: embedded PGlite when DATABASE_URL is unset, PostgreSQL
// otherwise. Kept on globalThis so that module reloads in development reuse the connection.
const holder = globalThis as typeof globalThis & { citecardsDatabase?: Promise<Database> };

export function database(): Promise<Database> {
  if (!holder.citecardsDatabase) {
    holder.citecardsDatabase = openDatabase(targetFromEnv(readEnv()));
    startServerJobs();
  }
  return holder.citecardsDatabase;
}

// The FSRS optimizer job (optimizer/background.ts) starts with the first request that opens the
// database, because Next.js 16 reads instrumentation.ts only from the project root or src/.
// NEXT_RUNTIME is set by Next.js's bundler, so tests and command-line tools never start it; it
// is imported lazily because the job itself reaches the database through this module.
function startServerJobs(): void {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  import("./optimizer/background")
    .then((job) => job.startBackgroundOptimizer())
    .catch((error: unknown) => console.error("Citecards: background jobs did not start", error));
}

export async function prisma(): Promise<Database["prisma"]> {
  return (await database()).prisma;
}

export async function closeDatabase(): Promise<void> {
  const pending = holder.citecardsDatabase;
  holder.citecardsDatabase = undefined;
  if (pending) await (await pending).close();
}

// For tests and command-line tools that open a database themselves.
export function useDatabase(opened: Promise<Database>): void {
  holder.citecardsDatabase = opened;
}
