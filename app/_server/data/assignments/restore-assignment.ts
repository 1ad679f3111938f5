import "server-only";
import { prisma } from "../../db";
import { notFound, requireTeacher, type Actor } from "../classes/access";

export type RestoredAssignment = {
  /** "not_archived": it was not archived (never, or already restored); nothing changed. */
  outcome: "restored" | "not_archived";
  /** Its due date has passed: students see it as overdue and new attempts are marked late. */
  pastDue: boolean;
};

/**
 * Undoes an archive (see removeAssignment): students see the assignment again. Attempts are
 * untouched, so the ones archiving closed stay submitted with their scores and late marks, and
 * count toward the attempt limit like any other; whether a student can start again follows the
 * usual rules (startAttempt), which the teacher can loosen by editing the restored assignment.
 *
 * Decision: restoring an assignment that is not archived is not an error but a no-op that says
 * so ("not_archived"). The teacher asked for it to be visible and it is: a second tab, a double
 * click or a retried request ends in the state they wanted, as archiving twice does.
 */
export async function restoreAssignment(options: {
  actor: Actor;
  assignmentId: string;
  now: Date;
}): Promise<RestoredAssignment> {
  const teacher = requireTeacher(options.actor);
  const db = await prisma();
  const owned = { id: options.assignmentId, class: { teacherId: teacher.id } };
  const restored = await db.assignment.updateMany({
    where: { ...owned, archivedAt: { not: null } },
    data: { archivedAt: null },
  });
  const row = await db.assignment.findFirst({ where: owned, select: { dueAt: true } });
  if (!row) throw notFound("assignment");
  return {
    outcome: restored.count === 1 ? "restored" : "not_archived",
    pastDue: options.now > row.dueAt,
  };
}
