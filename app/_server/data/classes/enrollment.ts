import "server-only";
import { z } from "zod";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { isUniqueViolation } from "../prisma-errors";
import { notFound, parse, requireStudent, requireTeacher, type Actor } from "./access";
import { JOIN_CODE_LENGTH, normaliseJoinCode } from "./join-code";
import { joinCodeState } from "@/app/_domain/classes";

const codeSchema = z
  .string({ message: "Enter the join code your teacher gave you." })
  .transform(normaliseJoinCode)
  .refine((code) => code.length === JOIN_CODE_LENGTH, {
    message: `A join code has ${JOIN_CODE_LENGTH} letters and digits.`,
  });

const wrongCode = () =>
  new AppError("not_found", {
    userMessage: "No class has this join code. Check it with your teacher.",
  });

/** Joining a class twice is a no-op: the first enrollment stands. */
export async function joinClassWithCode(options: {
  actor: Actor;
  code: unknown;
  now: Date;
}): Promise<{ classId: string; name: string; alreadyMember: boolean }> {
  const student = requireStudent(options.actor);
  const joinCode = parse(codeSchema, options.code);
  const db = await prisma();
  const found = await db.class.findUnique({
    where: { joinCode },
    select: { id: true, name: true, joinCodeExpiresAt: true },
  });
  if (!found) throw wrongCode();
  const member = { userId_classId: { userId: student.id, classId: found.id } };
  const existing = await db.enrollment.findUnique({ where: member, select: { classId: true } });
  if (existing) return { classId: found.id, name: found.name, alreadyMember: true };
  if (joinCodeState(found.joinCodeExpiresAt, options.now) === "expired")
    throw new AppError("conflict", {
      userMessage: "This join code has expired. Ask your teacher for a new one.",
    });
  try {
    await db.enrollment.create({
      data: { userId: student.id, classId: found.id, joinedAt: options.now },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error; // a double tap joined already
    return { classId: found.id, name: found.name, alreadyMember: true };
  }
  return { classId: found.id, name: found.name, alreadyMember: false };
}

/** The student's attempts stay (the report still counts them); they lose access to the class. */
export async function removeStudent(options: {
  actor: Actor;
  classId: string;
  studentId: string;
}): Promise<void> {
  const teacher = requireTeacher(options.actor);
  const removed = await (
    await prisma()
  ).enrollment.deleteMany({
    where: {
      classId: options.classId,
      userId: options.studentId,
      class: { teacherId: teacher.id },
    },
  });
  if (removed.count === 0) throw notFound("student");
}
