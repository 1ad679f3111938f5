import "server-only";
import { prisma } from "../../db";
import { notFound, requireTeacher, type Actor } from "../classes/access";

export type SetUsage = {
  /** Assignments of this set, archived ones included (their reports read the set too). */
  assignments: number;
  /** Attempts started on those assignments. */
  attempts: number;
};

/** How far an edit of the teacher's own set reaches. */
export async function getSetUsage(options: { actor: Actor; setId: string }): Promise<SetUsage> {
  const teacher = requireTeacher(options.actor);
  const db = await prisma();
  const owned = { id: options.setId, ownerId: teacher.id };
  const [set, attempts] = await Promise.all([
    db.questionSet.findFirst({
      where: owned,
      select: { _count: { select: { assignments: true } } },
    }),
    db.attempt.count({ where: { assignment: { set: owned } } }),
  ]);
  if (!set) throw notFound("question set");
  return { assignments: set._count.assignments, attempts };
}
