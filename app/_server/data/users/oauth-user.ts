import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import type { PublicUser } from "./create-user";

type OAuthProfile = {
  provider: string;
  providerAccountId: string;
  type: string;
  email?: string | null;
  name?: string | null;
};

const select = { id: true, email: true, name: true, role: true, disabledAt: true } as const;

// An OAuth sign-in finds the account it linked before, or makes a new student account. It never
// links itself to an existing password account by email: that would let whoever controls the
// provider account take the password account over.
export async function findOrCreateOAuthUser(profile: OAuthProfile): Promise<PublicUser> {
  const db = await prisma();
  const linked = await db.account.findUnique({
    where: {
      provider_providerAccountId: {
        provider: profile.provider,
        providerAccountId: profile.providerAccountId,
      },
    },
    select: { user: { select } },
  });
  const user = linked?.user ?? (await createLinkedUser(profile));
  if (user.disabledAt)
    throw new AppError("forbidden", { userMessage: "This account is disabled." });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

async function createLinkedUser(profile: OAuthProfile) {
  const email = profile.email?.toLowerCase();
  if (!email)
    throw new AppError("bad_input", {
      userMessage: "Your provider did not share an email address.",
    });
  const db = await prisma();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError("conflict", {
      userMessage: "An account with this email exists. Sign in with your password.",
    });
  }
  return db.user.create({
    data: {
      id: randomUUID(),
      email,
      name: profile.name?.trim() || email.split("@")[0]!,
      role: "student",
      accounts: {
        create: {
          provider: profile.provider,
          providerAccountId: profile.providerAccountId,
          type: profile.type,
        },
      },
    },
    select,
  });
}
