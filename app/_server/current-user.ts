import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { findActiveSession } from "./data/sessions/sessions";
import { sessionIdFromCookie, sessionIdFromRequest } from "./session-cookie";

const userSchema = z.object({
  id: z.string(),
  role: z.enum(["student", "teacher"]),
  name: z.string(),
  email: z.string(),
});

export type CurrentUser = z.infer<typeof userSchema>;

/**
 * The user a session cookie names, taken on trust for the length of one statement: the data
 * function it is handed to checks the session row inside its own statement (sessionRowCheckSql) and
 * refuses with `unauthenticated` when the row is gone. Only the study endpoints use it.
 */
export type ClaimedUser = CurrentUser & { sessionId: string };

// The cookie names a session row; the row is read on every request (one indexed lookup), so a
// deleted session (signed out, account disabled) or an expired one is signed out at once.
// Auth.js still signs people in and out (app/_server/auth.ts); see session-cookie.ts for why
// requests do not go through auth().
export async function currentUser(): Promise<CurrentUser | null> {
  const sid = await sessionIdFromCookie();
  return sid ? activeSessionUser(sid) : null;
}

async function activeSessionUser(sessionId: string): Promise<CurrentUser | null> {
  const session = await findActiveSession(sessionId);
  if (!session) return null;
  const parsed = userSchema.safeParse({ ...session, id: session.userId });
  return parsed.success ? parsed.data : null;
}

// A session row never changes its user, so which user a session id names can be remembered; whether
// the session still counts cannot, and is checked by every statement that acts on a claim. This
// saves the study endpoints one round trip to the database per request (npm run bench:study).
// Bounded: emptied when full.
const claims = new Map<string, CurrentUser>();
const maxClaims = 20_000;

export async function claimedUser(request: Request): Promise<ClaimedUser | null> {
  const sessionId = await sessionIdFromRequest(request);
  if (!sessionId) return null;
  let user = claims.get(sessionId) ?? null;
  if (!user) {
    user = await activeSessionUser(sessionId);
    if (!user) return null;
    if (claims.size >= maxClaims) claims.clear();
    claims.set(sessionId, user);
  }
  return { ...user, sessionId };
}

/** Drops a claim its statement refused (session signed out, expired, or account disabled). */
export function forgetClaim(sessionId: string): void {
  claims.delete(sessionId);
}

export async function requireUser(role?: CurrentUser["role"]): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect("/signin");
  if (role && user.role !== role) redirect(homePathFor(user.role));
  return user;
}

export function homePathFor(role: CurrentUser["role"]): string {
  return role === "teacher" ? "/teacher" : "/student";
}
