import "server-only";
import type { PrismaClient } from "../../generated/prisma/client";

// Failed sign-ins are counted per account and per address over a sliding window. The per-account
// limit stops guessing one password; the per-address limit stops one client spraying many
// accounts. A success clears the account's count (failures before it no longer matter).
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

type Counts = { account: number; address: number };

export async function countRecentFailures(
  db: PrismaClient,
  { email, ip, now }: { email: string; ip: string; now: Date },
): Promise<Counts> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountSince = lastSuccess?.createdAt ?? windowStart;
  const [account, address] = await Promise.all([
    db.loginAttempt.count({ where: { email, succeeded: false, createdAt: { gt: accountSince } } }),
    db.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: windowStart } } }),
  ]);
  return { account, address };
}

export function isThrottled(counts: Counts): boolean {
  return counts.account >= MAX_FAILURES_PER_ACCOUNT || counts.address >= MAX_FAILURES_PER_ADDRESS;
}
