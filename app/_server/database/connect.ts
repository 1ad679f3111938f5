import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { Prisma, PrismaClient } from "../generated/prisma/client";
import { lockDataDir } from "./data-dir-lock";
import { hotPool, poolQuery } from "./hot-query";
import { pgClientExecutor, pgliteExecutor, type SqlExecutor } from "./sql-executor";

export type DatabaseTarget =
  { kind: "postgresql"; url: string } | { kind: "pglite"; dataDir: string }; // dataDir "memory://" keeps everything in memory

export type Database = {
  kind: DatabaseTarget["kind"];
  prisma: PrismaClient;
  // Runs `work` on one dedicated connection (advisory locks and scripts need one session).
  withConnection<T>(work: (sql: SqlExecutor) => Promise<T>): Promise<T>;
  // One hand-written statement on the hot path (study answers, the queue, the session check).
  // Same results as prisma.$queryRaw; on PostgreSQL it skips Prisma's query engine (see
  // hot-query.ts for why and how types are kept the same).
  hotQuery<Row>(statement: Prisma.Sql): Promise<Row[]>;
  close(): Promise<void>;
};

export function targetFromEnv(env: {
  DATABASE_URL?: string;
  CITECARDS_DATA_DIR: string;
}): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: "postgresql", url: env.DATABASE_URL };
  const dataDir = env.CITECARDS_DATA_DIR.startsWith("memory://")
    ? env.CITECARDS_DATA_DIR
    : path.resolve(env.CITECARDS_DATA_DIR);
  return { kind: "pglite", dataDir };
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const hot = hotPool(url);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: "postgresql",
    prisma,
    hotQuery: (statement) => poolQuery(hot, statement),
    async withConnection(work) {
      const client = await pool.connect();
      try {
        return await work(pgClientExecutor(client));
      } finally {
        client.release();
      }
    },
    async close() {
      await prisma.$disconnect();
      await Promise.all([pool.end(), hot.end()]);
    },
  };
}

function serialised(run: Database["withConnection"]): Database["withConnection"] {
  let queue: Promise<unknown> = Promise.resolve();
  return (work) => {
    const result = queue.then(() => run(work));
    queue = result.catch(() => undefined);
    return result;
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith("memory://");
  const lock = inMemory ? null : lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create(inMemory ? undefined : dataDir);
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    return {
      kind: "pglite",
      prisma,
      // PGlite runs every statement in one connection, in process: Prisma adds little here, and
      // going around it could slip a statement into another caller's interactive transaction.
      hotQuery: (statement) => prisma.$queryRaw(statement),
      // One connection for the whole process: callers take turns, so a script (a migration in
      // BEGIN … COMMIT) never interleaves with another caller's statements.
      withConnection: serialised((work) => work(pgliteExecutor(pglite))),
      async close() {
        await prisma.$disconnect();
        await pglite.close();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === "postgresql" ? openPostgres(target.url) : openPglite(target.dataDir);
}
