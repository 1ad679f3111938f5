import "server-only";
import { z } from "zod";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { notFound, parse, requireTeacher, type Actor } from "../classes/access";
import {
  assignmentSelect,
  dueAtField,
  maxAttemptsField,
  timeLimitField,
  toSummary,
  type AssignmentSummary,
} from "./create-assignment";

// A field left out is left as it is; timeLimitSeconds null removes the limit.
const editSchema = z
  .object({
    dueAt: dueAtField.optional(),
    maxAttempts: maxAttemptsField.optional(),
    timeLimitSeconds: timeLimitField.optional(),
  })
  .strict()
  .refine((data) => Object.values(data).some((value) => value !== undefined), {
    message: "Change at least one value.",
  });

/**
 * Changes the due date, attempt limit or time limit. Attempts are untouched: a submitted attempt
 * keeps its score and the late mark it got when submitted, an attempt in progress keeps the
 * deadline fixed when it started; only attempts started afterwards see the new values. Lowering
 * the attempt limit below what a student used keeps their attempts and stops new ones.
 */
export async function updateAssignment(options: {
  actor: Actor;
  assignmentId: string;
  input: unknown;
}): Promise<AssignmentSummary> {
  const teacher = requireTeacher(options.actor);
  const data = parse(editSchema, options.input);
  const db = await prisma();
  const owned = { id: options.assignmentId, class: { teacherId: teacher.id } };
  // One conditional write: the owner, not archived, and a due date after the opening time.
  const updated = await db.assignment.updateMany({
    where: { ...owned, archivedAt: null, ...(data.dueAt ? { opensAt: { lt: data.dueAt } } : {}) },
    data,
  });
  const row = await db.assignment.findFirst({ where: owned, select: assignmentSelect });
  if (!row) throw notFound("assignment");
  if (updated.count === 0) throw refusal(row);
  return toSummary(row);
}

function refusal(row: { archivedAt: Date | null }): AppError {
  return row.archivedAt
    ? new AppError("conflict", { userMessage: "This assignment was removed; it cannot be edited." })
    : new AppError("bad_input", {
        userMessage: "The due date must come after the opening time.",
      });
}
