import "server-only";
import type { CurrentUser } from "../../current-user";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { parseOrThrow, studySettingsSchema, type StudySettingsInput } from "./inputs";

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
