import "server-only";
import { dayBoundary } from "@/app/_domain/scheduling";
import type { CurrentUser } from "../../current-user";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { Prisma } from "../../generated/prisma/client";
import {
  moreNewInputSchema,
  parseOrThrow,
  studySettingsSchema,
  type StudySettingsInput,
} from "./inputs";
import { offsetMinutesAt } from "./time-zone";

export type StudySettings = {
  desiredRetention: number;
  newCardsPerDay: number;
  reviewsPerDay: number;
  timeZone: string;
};

const settingsSelect = {
  desiredRetention: true,
  newCardsPerDay: true,
  reviewsPerDay: true,
  timeZone: true,
} as const;

export async function getStudySettings(options: { actor: CurrentUser }): Promise<StudySettings> {
  const row = await (
    await prisma()
  ).user.findUnique({ where: { id: options.actor.id }, select: settingsSelect });
  if (!row) throw new AppError("not_found", { userMessage: "Your account was not found." });
  return row;
}

/** Changes the acting user's own scheduler settings; input is validated here as well. */
export async function updateStudySettings(
  options: { actor: CurrentUser } & StudySettingsInput,
): Promise<StudySettings> {
  const { actor, ...rest } = options;
  const data = parseOrThrow(studySettingsSchema, rest);
  const updated = await (
    await prisma()
  ).user.updateManyAndReturn({ where: { id: actor.id }, data, select: settingsSelect });
  const [row] = updated;
  if (!row) throw new AppError("not_found", { userMessage: "Your account was not found." });
  return row;
}

/**
 * "Learn more today": lets the acting user's queue introduce new questions above the daily limit
 * until their study day ends. `extraNewCards` is the day's whole allowance, not an increment, and
 * never lowers it: a retried request, or a second tab, allows no more than one. `day` is the study
 * day the offer was made on, in the user's zone: once it has ended the request is refused (the
 * new day has its own new questions), and the next day ignores the allowance.
 */
export async function extendNewCardsToday(options: {
  actor: CurrentUser;
  extraNewCards: number;
  day: string;
  now: Date;
}): Promise<{ day: string; extraNewCards: number }> {
  // Validated here as well: a data function trusts no caller.
  const { extraNewCards, day: offeredOn } = parseOrThrow(moreNewInputSchema, {
    extraNewCards: options.extraNewCards,
    day: options.day,
  });
  const db = await prisma();
  const user = await db.user.findUnique({
    where: { id: options.actor.id },
    select: { timeZone: true },
  });
  if (!user) throw new AppError("not_found", { userMessage: "Your account was not found." });
  const day = dayBoundary(options.now, offsetMinutesAt(user.timeZone, options.now)).key;
  if (day !== offeredOn) {
    throw new AppError("conflict", {
      userMessage: "A new study day has begun, with new questions of its own.",
    });
  }
  const [row] = await db.$queryRaw<{ extraNewCards: number }[]>(Prisma.sql`
    UPDATE "User" SET
      "extraNewCards" = CASE WHEN "extraNewDay" = ${day}
                             THEN GREATEST("extraNewCards", ${extraNewCards}) ELSE ${extraNewCards} END,
      "extraNewDay" = ${day}
    WHERE "id" = ${options.actor.id}
    RETURNING "extraNewCards"`);
  if (!row) throw new AppError("not_found", { userMessage: "Your account was not found." });
  return { day, extraNewCards: row.extraNewCards };
}
