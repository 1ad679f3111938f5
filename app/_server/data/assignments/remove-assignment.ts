import "server-only";
import { prisma } from "../../db";
import { closeOpenAttempts } from "../attempts/submit-attempt";
import { isForeignKeyViolation } from "../prisma-errors";
import { notFound, requireTeacher, type Actor } from "../classes/access";

export type RemovedAssignment = { outcome: "deleted" | "archived" };

/**
 * Deletes an assignment nobody has started; archives one with attempts, so no student's result
 * is ever lost. Archived: gone from the students' lists, no new attempts or answers, still in the
 * teacher's reports; attempts in progress are submitted with what was answered. The delete only
 * matches a row without attempts, and the attempt foreign key refuses deletes (NO ACTION), so a
 * student starting at the same moment makes the delete fail, not vanish.
 */
export async function removeAssignment(options: {
  actor: Actor;
  assignmentId: string;
  now: Date;
}): Promise<RemovedAssignment> {
  const teacher = requireTeacher(options.actor);
  const db = await prisma();
  const owned = { id: options.assignmentId, class: { teacherId: teacher.id } };
  try {
    const deleted = await db.assignment.deleteMany({ where: { ...owned, attempts: { none: {} } } });
    if (deleted.count === 1) return { outcome: "deleted" };
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
  }
  // Archiving twice keeps the first archive time.
  await db.assignment.updateMany({
    where: { ...owned, archivedAt: null },
    data: { archivedAt: options.now },
  });
  const row = await db.assignment.findFirst({ where: owned, select: { id: true } });
  if (!row) throw notFound("assignment");
  // A student part-way through gets the answers given so far scored, rather than an attempt that
  // stays open forever and takes no more answers.
  await closeOpenAttempts(db, row.id, options.now);
  return { outcome: "archived" };
}
