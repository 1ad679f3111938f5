import "server-only";
import type { CurrentUser } from "../../current-user";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { parseOrThrow, studySettingsSchema } from "../study/inputs";

// The IANA zone a user's browser reports. The scheduler starts the study day at 4 am there and
// pages show dates and times there. It is "UTC" until a browser has reported one.
type Actor = Pick<CurrentUser, "id">;

const timeZoneSchema = studySettingsSchema.pick({ timeZone: true }).required();

function signedIn(actor: Actor | null): Actor {
  if (!actor) throw new AppError("unauthenticated", { userMessage: "Sign in to continue." });
  return actor;
}

export async function getUserTimeZone(options: { actor: Actor }): Promise<string> {
  const row = await (
    await prisma()
  ).user.findUnique({ where: { id: options.actor.id }, select: { timeZone: true } });
  return row?.timeZone ?? "UTC";
}

/** Records the acting user's own zone; a name that is not a zone is refused and changes nothing. */
export async function updateTimeZone(options: {
  actor: Actor | null;
  timeZone: unknown;
}): Promise<string> {
  const actor = signedIn(options.actor);
  const { timeZone } = parseOrThrow(timeZoneSchema, { timeZone: options.timeZone });
  const { count } = await (
    await prisma()
  ).user.updateMany({ where: { id: actor.id }, data: { timeZone } });
  if (count === 0) throw new AppError("not_found", { userMessage: "Your account was not found." });
  return timeZone;
}
