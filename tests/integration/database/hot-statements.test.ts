import { describe, expect, it } from "vitest";
import { database } from "@/app/_server/db";
import { Prisma } from "@/app/_server/generated/prisma/client";
import { testDatabaseKind } from "@/tests/support/test-database";

// The hot statements' own pool (app/_server/database/hot-query.ts) exists on PostgreSQL only; on
// PGlite they run through Prisma's one connection.
describe.skipIf(testDatabaseKind() !== "postgresql")("the hot statements' connections", () => {
  it("use generic plans, never JIT-compile (a shared statement's guessed cost once made PostgreSQL compile it on every call) and price pages as cached (a small bank was scanned once per sentence)", async () => {
    const db = await database();
    const [settings] = await db.hotQuery<{ jit: string; plans: string; pageCost: string }>(
      Prisma.sql`SELECT current_setting('jit') AS "jit", current_setting('plan_cache_mode') AS "plans",
                        current_setting('random_page_cost') AS "pageCost"`,
    );
    expect(settings).toEqual({ jit: "off", plans: "force_generic_plan", pageCost: "1.1" });
  });
});
