import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { notFound, parse, requireTeacher, type Actor } from "../classes/access";

// Shared with updateAssignment, so an edit is held to the same limits as a new assignment.
export const dueAtField = z.date({ message: "Enter the due date." });
export const maxAttemptsField = z
  .number({ message: "Enter the number of attempts allowed." })
  .int("Enter a whole number of attempts.")
  .min(1, "Allow at least one attempt.")
  .max(20, "Allow at most 20 attempts.");
export const timeLimitField = z
  .number({ message: "Enter the time limit in minutes." })
  .int()
  .min(60, "A time limit is at least one minute.")
  .max(6 * 3600, "A time limit is at most six hours.")
  .nullable();

export const assignmentSchema = z
  .object({
    classId: z.string().min(1, "Choose a class."),
    setId: z.string().min(1, "Choose a question set."),
    mode: z.enum(["quiz", "practice"], { message: "Choose quiz or practice." }),
    /** Absent: the assignment opens when it is created (`now`). */
    opensAt: z.date({ message: "Enter when the assignment opens." }).optional(),
    dueAt: dueAtField,
    maxAttempts: maxAttemptsField.default(1),
    timeLimitSeconds: timeLimitField.default(null),
  })
  .refine((data) => data.opensAt === undefined || data.dueAt > data.opensAt, {
    message: "The due date must come after the opening time.",
    path: ["dueAt"],
  });

export type AssignmentSummary = {
  id: string;
  classId: string;
  className: string;
  setId: string;
  title: string;
  mode: "quiz" | "practice";
  opensAt: Date;
  dueAt: Date;
  maxAttempts: number;
  timeLimitSeconds: number | null;
  /** Removed by the teacher after students started it: hidden from students, kept in reports. */
  archivedAt: Date | null;
};

export const assignmentSelect = {
  id: true,
  classId: true,
  setId: true,
  mode: true,
  opensAt: true,
  dueAt: true,
  maxAttempts: true,
  timeLimitSeconds: true,
  archivedAt: true,
  class: { select: { name: true } },
  set: { select: { title: true } },
} as const;

type Row = { class: { name: string }; set: { title: string } } & Omit<
  AssignmentSummary,
  "className" | "title"
>;

export function toSummary({ class: owner, set, ...row }: Row): AssignmentSummary {
  return { ...row, className: owner.name, title: set.title };
}

// Without an opening time the assignment opens now, and the teacher never typed a time to come
// "after": the refusal names what is wrong, a due date already past.
function opensAtOf(data: { opensAt?: Date; dueAt: Date }, now: Date): Date {
  if (data.opensAt) return data.opensAt;
  if (data.dueAt <= now)
    throw new AppError("bad_input", { userMessage: "The due date is in the past." });
  return now;
}

/** Both the class and the set must be the teacher's own. */
export async function createAssignment(options: {
  actor: Actor;
  input: unknown;
  now: Date;
}): Promise<AssignmentSummary> {
  const teacher = requireTeacher(options.actor);
  const parsed = parse(assignmentSchema, options.input);
  const data = { ...parsed, opensAt: opensAtOf(parsed, options.now) };
  const db = await prisma();
  const [owned, set] = await Promise.all([
    db.class.findFirst({
      where: { id: data.classId, teacherId: teacher.id },
      select: { id: true },
    }),
    db.questionSet.findFirst({
      where: { id: data.setId, ownerId: teacher.id },
      select: { _count: { select: { items: true } } },
    }),
  ]);
  if (!owned) throw notFound("class");
  if (!set) throw notFound("question set");
  if (set._count.items === 0)
    throw new AppError("bad_input", {
      userMessage: "Add questions to the set before assigning it.",
    });
  const row = await db.assignment.create({
    data: { id: randomUUID(), ...data },
    select: assignmentSelect,
  });
  return toSummary(row);
}

export async function listAssignmentsForTeacher({
  actor,
}: {
  actor: Actor;
}): Promise<AssignmentSummary[]> {
  const teacher = requireTeacher(actor);
  const rows = await (
    await prisma()
  ).assignment.findMany({
    where: { class: { teacherId: teacher.id } },
    orderBy: [{ dueAt: "desc" }, { id: "asc" }],
    select: assignmentSelect,
  });
  return rows.map(toSummary);
}
