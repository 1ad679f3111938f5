import "server-only";
import type { ClaimedUser, CurrentUser } from "../../current-user";
import { AppError } from "../../errors";
import { Prisma } from "../../generated/prisma/client";

type Actor = CurrentUser | ClaimedUser;

/**
 * A condition on the actor's User row (aliased `alias`): for a claimed user, that the session
 * they came with still counts (not signed out, not expired, account not disabled), checked in the
 * same statement that reads their data; for a user already checked, nothing more.
 */
export function sessionCheckSql(actor: Actor, alias: string, now: Date): Prisma.Sql {
  if (!("sessionId" in actor)) return Prisma.sql`TRUE`;
  const user = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${user}."disabledAt" IS NULL AND EXISTS (SELECT 1 FROM "Session" s
    WHERE s."id" = ${actor.sessionId} AND s."userId" = ${user}."id"
      AND s."expires" > ${now}::timestamp(3)))`;
}

/**
 * sessionCheckSql for statements that serve several requests at once: the session id and the time
 * are columns of the request row (alias `row`: "sessionId", "now") instead of parameters.
 */
export function sessionRowCheckSql(alias: string, row: string): Prisma.Sql {
  const user = `"${alias}"`;
  const request = `"${row}"`;
  return Prisma.raw(`(${user}."disabledAt" IS NULL AND EXISTS (SELECT 1 FROM "Session" s
    WHERE s."id" = ${request}."sessionId" AND s."userId" = ${user}."id"
      AND s."expires" > ${request}."now"))`);
}

/** What to say when the actor's own User row did not come back. */
export function actorNotFound(actor: Actor): AppError {
  return "sessionId" in actor
    ? new AppError("unauthenticated", { userMessage: "Sign in to continue." })
    : new AppError("not_found", { userMessage: "Your account was not found." });
}
