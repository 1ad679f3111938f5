import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { isUniqueViolation } from "../prisma-errors";
import { notFound, parse, requireTeacher, type Actor } from "./access";
import { newJoinCode } from "./join-code";
import { joinCodeExpiry } from "@/app/_domain/classes";
import { storableText } from "../../storable-text";

const classSchema = z.object({
  name: storableText(
    z
      .string()
      .trim()
      .min(1, "Name the class.")
      .max(100, "Use at most 100 characters for the name."),
    "The name",
  ),
  joinCodeExpiresAt: z.date().nullable().default(null),
});

export type ClassSummary = {
  id: string;
  name: string;
  joinCode: string;
  joinCodeExpiresAt: Date | null;
};
const summary = { id: true, name: true, joinCode: true, joinCodeExpiresAt: true } as const;

// A fresh random code collides with an existing one about once in 10^11 tries; retry a few times.
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let tries = 0; tries < 5; tries += 1) {
    try {
      return await write(newJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError("conflict", { userMessage: "Could not make a join code. Try again." });
}

export async function createClass(options: {
  actor: Actor;
  input: { name: unknown; joinCodeExpiresAt?: unknown };
}): Promise<ClassSummary> {
  const teacher = requireTeacher(options.actor);
  const data = parse(classSchema, options.input);
  const db = await prisma();
  return withFreshCode((joinCode) =>
    db.class.create({
      data: {
        id: randomUUID(),
        teacherId: teacher.id,
        name: data.name,
        joinCode,
        joinCodeExpiresAt: data.joinCodeExpiresAt,
      },
      select: summary,
    }),
  );
}

// Whole days rather than an instant: a phone picks "7 days" more easily than a date and time,
// and the server's clock then decides the instant, with no time zone to get wrong.
const newCodeSchema = z.object({
  validForDays: z
    .number({ message: "Choose how long the code works." })
    .int("Choose how long the code works.")
    .min(1, "A code works for at least one day.")
    .max(365, "A code works for at most a year.")
    .nullable()
    .default(null),
});

/** The old code stops working at once; enrolled students stay enrolled. */
export async function regenerateJoinCode(options: {
  actor: Actor;
  classId: string;
  input?: { validForDays?: unknown };
  now: Date;
}): Promise<ClassSummary> {
  const teacher = requireTeacher(options.actor);
  const { validForDays } = parse(newCodeSchema, options.input ?? {});
  const joinCodeExpiresAt = joinCodeExpiry(validForDays, options.now);
  const db = await prisma();
  return withFreshCode(async (joinCode) => {
    const updated = await db.class.updateMany({
      where: { id: options.classId, teacherId: teacher.id },
      data: { joinCode, joinCodeExpiresAt },
    });
    if (updated.count === 0) throw notFound("class");
    return db.class.findUniqueOrThrow({ where: { id: options.classId }, select: summary });
  });
}
