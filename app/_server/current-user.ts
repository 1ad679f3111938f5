import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { findActiveSession } from "./data/sessions/sessions";
import { sessionIdFromCookie } from "./session-cookie";

const userSchema = z.object({
  id: z.string(),
  role: z.enum(["student", "teacher"]),
  name: z.string(),
  email: z.string(),
});

export type CurrentUser = z.infer<typeof userSchema>;

// The cookie names a session row; the row is read on every request (one indexed lookup), so a
// deleted session (signed out, account disabled) or an expired one is signed out at once.
// Auth.js still signs people in and out (app/_server/auth.ts); see session-cookie.ts for why
// requests do not go through auth().
export async function currentUser(): Promise<CurrentUser | null> {
  const sid = await sessionIdFromCookie();
  const session = sid ? await findActiveSession(sid) : null;
  if (!session) return null;
  const parsed = userSchema.safeParse({ ...session, id: session.userId });
  return parsed.success ? parsed.data : null;
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
