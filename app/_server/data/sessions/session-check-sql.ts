import "server-only";
import type { ClaimedUser, CurrentUser } from "../../current-user";
import { AppError } from "../../errors";
import { Prisma } from "../../generated/prisma/client";

type Actor = CurrentUser | ClaimedUser;

/**
 * A condition on a User row (aliased `alias`) for the request row it is read for (aliased `row`,
 * with columns "sessionId" and "now"): for a claimed session, that it still counts (not signed out,
 * not expired, account not disabled), checked in the same statement that reads the user's data.
 * Statements add it as `(row."sessionId" IS NULL OR …)`: a null session id is a user already
 * checked.
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
