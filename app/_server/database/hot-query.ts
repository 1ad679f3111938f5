import { createHash } from "node:crypto";
import pg from "pg";
import type { Prisma } from "../generated/prisma/client";

// The study endpoints' statements, run straight through the pg pool. Measured with
// `npm run bench:study`: each Prisma $queryRaw costs about 0.3–0.4 ms of CPU against about 0.1 ms
// for the same statement through pg, and every answer runs three of them.
//
// The results must read exactly as through Prisma, so:
// - `timestamp(3)` columns (the schema's DateTime, stored as UTC wall time) are read as UTC, not
//   in the server's local zone, which is what pg does by default;
// - Date parameters are sent as UTC ISO strings (the statements cast them to timestamp(3), which
//   drops the zone designator and keeps the UTC wall time).
const TIMESTAMP_OID = 1114;

const parseUtcTimestamp = (value: string) => new Date(`${value.replace(" ", "T")}Z`);

const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID
      ? parseUtcTimestamp
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

/**
 * The hot statements' own pool settings. Generic plans: the statements are fixed and their plans
 * the same for every user (index scans keyed by the user id), and PostgreSQL otherwise replans the
 * queue statement on every call (measured on the benchmark data: 1.40–1.53 ms a call with the
 * default choice, 0.96 ms with the generic plan). No JIT compilation: statements shared by many
 * requests (statement-batcher.ts) read their requests from a function the planner guesses at 100
 * rows, which can lift their estimated cost over jit_above_cost, and PostgreSQL then compiled the
 * queue statement on every call (770 ms of compiling for 0.6 ms of work, measured). Pages priced
 * as cached (random_page_cost 1.1, not a disk's 4): these statements read a small working set that
 * stays in memory, and with a bank as small as the seed bank (107 questions in a few pages) the
 * default made PostgreSQL scan the whole Question table once per sentence of the new-question walk
 * instead of probing Question_sentenceId_idx (measured on the benchmark data: 2.4–2.9 ms a queue
 * statement against 1.3–1.4 ms). A pool of its own, because these settings would also apply to
 * Prisma's parameterised statements, whose plans may well depend on their values.
 */
export function hotPool(connectionString: string): pg.Pool {
  return new pg.Pool({
    connectionString,
    max: 10,
    options: "-c plan_cache_mode=force_generic_plan -c jit=off -c random_page_cost=1.1",
  });
}

const toParameter = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

// Each statement is prepared once per connection under a name derived from its text, then only
// bound and executed: PostgreSQL skips parsing and analysis (the answer's read statement went from
// 0.67 to 0.39 ms a call, round trip included, on the benchmark data), and the text is not sent again. Hot
// statements are few and fixed templates, so the per-connection set stays small. Names hold across
// migrations only because migrations run before the server starts taking requests.
const names = new Map<string, string>();
const maxNames = 200;

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `hot_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`;
    if (names.size >= maxNames) names.clear();
    names.set(text, name);
  }
  return name;
}

export async function poolQuery<Row>(pool: pg.Pool, statement: Prisma.Sql): Promise<Row[]> {
  const result = await pool.query({
    name: nameOf(statement.text),
    text: statement.text,
    values: statement.values.map(toParameter),
    types,
  });
  return result.rows as Row[];
}
