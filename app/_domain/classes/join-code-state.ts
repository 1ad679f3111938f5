// One rule for whether a join code still admits students, used by joining and by the class page.

export type JoinCodeState = "never_expires" | "active" | "expired";

/** A code stops working at its expiry instant itself (joining at exactly that time is refused). */
export function joinCodeState(expiresAt: Date | null, now: Date): JoinCodeState {
  if (!expiresAt) return "never_expires";
  return expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

const DAY_MS = 24 * 3600 * 1000;

/** The expiry of a code made at `now` that works for `days` days (null: it never expires). */
export function joinCodeExpiry(days: number | null, now: Date): Date | null {
  return days === null ? null : new Date(now.getTime() + days * DAY_MS);
}
