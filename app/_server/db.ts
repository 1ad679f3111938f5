import "server-only";
import { openDatabase, targetFromEnv, type Database } from "./database/connect";
import { readEnv } from "./env";

// The one Prisma client of the process: embedded PGlite when DATABASE_URL is unset, PostgreSQL
// otherwise. Kept on globalThis so that module reloads in development reuse the connection.
const holder = globalThis as typeof globalThis & { citecardsDatabase?: Promise<Database> };

export function database(): Promise<Database> {
  holder.citecardsDatabase ??= openDatabase(targetFromEnv(readEnv()));
  return holder.citecardsDatabase;
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
