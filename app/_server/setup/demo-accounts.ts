import "server-only";
import { prisma } from "../db";
import { hashPassword } from "../data/users/hash-password";

// The demo accounts a fresh install signs in with; also listed in the README.
export const DEMO_ACCOUNTS = [
  {
    id: "demo-teacher",
    email: "teacher@demo.citecards.test",
    name: "Demo Teacher",
    role: "teacher",
    password: "citecards-demo",
  },
  {
    id: "demo-student",
    email: "student@demo.citecards.test",
    name: "Demo Student",
    role: "student",
    password: "citecards-demo",
  },
] as const;

// Inserts the demo accounts that are missing; returns how many it created (0 on every later start).
export async function seedDemoAccounts(): Promise<number> {
  const db = await prisma();
  const existing = await db.user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } },
    select: { email: true },
  });
  const missing = DEMO_ACCOUNTS.filter(
    (account) => !existing.some((row) => row.email === account.email),
  );
  const rows = await Promise.all(
    missing.map(async ({ password, ...account }) => ({
      ...account,
      passwordHash: await hashPassword(password),
    })),
  );
  const created = await db.user.createMany({ data: rows, skipDuplicates: true });
  return created.count;
}
