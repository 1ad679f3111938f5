import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { parseOrThrow, type PublicUser } from "./create-user";
import { verifyPassword } from "./hash-password";
import { emailSchema } from "./password-policy";
import { countRecentFailures, isThrottled } from "./sign-in-throttle";

const credentialsSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200, "That password is too long."),
});

type Attempt = { email: unknown; password: unknown; ip: string; now?: Date };

// Checks an email and password, counting the attempt. Sign-up already tells whether an email has
// an account, so sign-in says plainly which part was wrong; throttling limits what guessing gains.
export async function verifyCredentials(attempt: Attempt): Promise<PublicUser> {
  const { email, password } = parseOrThrow(credentialsSchema, attempt);
  const now = attempt.now ?? new Date();
  const db = await prisma();
  if (isThrottled(await countRecentFailures(db, { email, ip: attempt.ip, now }))) {
    throw new AppError("rate_limited", {
      userMessage: "Too many failed sign-ins. Wait 15 minutes, then try again.",
    });
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true },
  });
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : false;
  await db.loginAttempt.create({
    data: { id: randomUUID(), email, ip: attempt.ip, succeeded: ok, createdAt: now },
  });
  if (!user)
    throw new AppError("unauthenticated", { userMessage: "No account uses this email address." });
  if (!user.passwordHash) {
    throw new AppError("unauthenticated", {
      userMessage: "This account signs in with another provider.",
    });
  }
  if (!ok) throw new AppError("unauthenticated", { userMessage: "Wrong password. Try again." });
  if (user.disabledAt)
    throw new AppError("forbidden", { userMessage: "This account is disabled." });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
