import { describe, expect, it } from "vitest";
import { prisma } from "@/app/_server/db";
import { DEMO_ACCOUNTS } from "@/app/_server/setup/demo-accounts";
import { prepareDatabase } from "@/app/_server/setup/prepare-database";

describe("preparing the database at start", () => {
  it("seeds the demo accounts once, however many starts run at the same moment", async () => {
    const reports = await Promise.all([prepareDatabase(), prepareDatabase(), prepareDatabase()]);
    const again = await prepareDatabase();
    const created = [...reports, again].map((report) => report.demoAccountsCreated);
    expect(created.reduce((sum, n) => sum + n, 0)).toBe(DEMO_ACCOUNTS.length);
    const rows = await (
      await prisma()
    ).user.findMany({
      where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
      select: { email: true, role: true },
      orderBy: { email: "asc" },
    });
    expect(rows).toEqual([
      { email: "student@demo.citecards.test", role: "student" },
      { email: "teacher@demo.citecards.test", role: "teacher" },
    ]);
    expect(again.migrationsApplied).toEqual([]);
  });
});
