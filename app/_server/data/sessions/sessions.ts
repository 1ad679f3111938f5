import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "../../generated/prisma/client";
import { database, prisma } from "../../db";

// Server-side session rows make sessions revocable: the signed cookie only names a row, and a
// request whose row is gone (signed out, account disabled) is treated as signed out.
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export type ActiveSession = {
  userId: string;
  role: "student" | "teacher";
  name: string;
  email: string;
};

export async function createSession(options: {
  userId: string;
  userAgent?: string | null;
  now?: Date;
}) {
  const now = options.now ?? new Date();
  const id = randomBytes(32).toString("base64url");
  await (
    await prisma()
  ).session.create({
    data: {
      id,
      userId: options.userId,
      userAgent: options.userAgent?.slice(0, 300) ?? null,
      createdAt: now,
      expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
    },
  });
  return id;
}

// One indexed statement per request (Session by primary key, its User by primary key). A raw
// statement: Prisma's findFirst with a relation filter costs several times as much CPU here, and
// every signed-in request pays for it.
export async function findActiveSession(
  sessionId: string,
  now = new Date(),
): Promise<ActiveSession | null> {
  const [row] = await (
    await database()
  ).hotQuery<ActiveSession>(Prisma.sql`
    SELECT u."id" AS "userId", u."role"::text AS "role", u."name", u."email"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${sessionId} AND s."expires" > ${now}::timestamp(3) AND u."disabledAt" IS NULL`);
  return row ?? null;
}

export async function deleteSession(sessionId: string): Promise<void> {
  await (await prisma()).session.deleteMany({ where: { id: sessionId } });
}

// Disabling an account ends every session it has, on every device, at their next request.
export async function disableUser(options: { email: string; now?: Date }): Promise<boolean> {
  const db = await prisma();
  const [updated] = await db.$transaction([
    db.user.updateMany({
      where: { email: options.email.toLowerCase() },
      data: { disabledAt: options.now ?? new Date() },
    }),
    db.session.deleteMany({ where: { user: { email: options.email.toLowerCase() } } }),
  ]);
  return updated.count > 0;
}

export async function enableUser(options: { email: string }): Promise<boolean> {
  const updated = await (
    await prisma()
  ).user.updateMany({
    where: { email: options.email.toLowerCase() },
    data: { disabledAt: null },
  });
  return updated.count > 0;
}
