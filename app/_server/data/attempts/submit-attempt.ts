import "server-only";
import { prisma } from "../../db";
import { notFound, requireStudent, type Actor } from "../classes/access";

type Db = Awaited<ReturnType<typeof prisma>>;

export type SubmittedAttempt = {
  attemptId: string;
  submittedAt: Date;
  score: number;
  late: boolean;
};

const submittedSelect = { id: true, submittedAt: true, score: true, late: true } as const;

function asResult(row: {
  id: string;
  submittedAt: Date | null;
  score: number | null;
  late: boolean;
}): SubmittedAttempt {
  return {
    attemptId: row.id,
    submittedAt: row.submittedAt!,
    score: row.score ?? 0,
    late: row.late,
  };
}

// Unanswered questions count as wrong. An attempt past its time limit is submitted as of its
// deadline, so a student who closes the tab is not marked later than the limit allowed.
async function finish(db: Db, attemptId: string, now: Date): Promise<SubmittedAttempt> {
  const attempt = await db.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: {
      ...submittedSelect,
      questionIds: true,
      deadlineAt: true,
      assignment: { select: { dueAt: true } },
      _count: { select: { answers: { where: { correct: true } } } },
    },
  });
  if (attempt.submittedAt) return asResult(attempt);
  const submittedAt = attempt.deadlineAt && now > attempt.deadlineAt ? attempt.deadlineAt : now;
  const score =
    attempt.questionIds.length === 0 ? 0 : attempt._count.answers / attempt.questionIds.length;
  // Only the first submit writes; a concurrent or repeated one reads what the first wrote.
  await db.attempt.updateMany({
    where: { id: attemptId, submittedAt: null },
    data: { submittedAt, score, late: submittedAt > attempt.assignment.dueAt },
  });
  return asResult(
    await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: submittedSelect }),
  );
}

export async function closeExpiredAttempt(db: Db, attemptId: string, now: Date): Promise<void> {
  await finish(db, attemptId, now);
}

/**
 * Submits every attempt of an assignment still in progress, as of `now` (or its deadline, if that
 * came first), scoring what was answered: for an assignment the teacher removed. Not an action of
 * its own: the caller has checked that the actor owns the assignment.
 */
export async function closeOpenAttempts(db: Db, assignmentId: string, now: Date): Promise<void> {
  const open = await db.attempt.findMany({
    where: { assignmentId, submittedAt: null },
    select: { id: true },
  });
  for (const { id } of open) await finish(db, id, now);
}

/** Idempotent: submitting again returns the first submission unchanged. */
export async function submitAttempt(options: {
  actor: Actor;
  attemptId: string;
  now: Date;
}): Promise<SubmittedAttempt> {
  const student = requireStudent(options.actor);
  const db = await prisma();
  const owned = await db.attempt.findFirst({
    where: { id: options.attemptId, userId: student.id },
    select: { id: true },
  });
  if (!owned) throw notFound("attempt");
  return finish(db, owned.id, options.now);
}
