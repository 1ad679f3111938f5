import "server-only";
import { prisma } from "../../db";
import { Prisma } from "../../generated/prisma/client";
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

type SubmittedRow = Parameters<typeof asResult>[0];

// Unanswered questions count as wrong. An attempt past its time limit is submitted as of its
// deadline, so a student who closes the tab is not marked later than the limit allowed. Only an
// open attempt is closed; a concurrent or repeated submit updates nothing and reads what the first
// one wrote. The score is counted by this UPDATE, so it is of the answers committed when it runs.
function closeSql(attemptId: string, now: Date): Prisma.Sql {
  return Prisma.sql`WITH "closing" AS (
  SELECT a."id",
    CASE WHEN a."deadlineAt" < ${now}::timestamp(3) THEN a."deadlineAt"
         ELSE ${now}::timestamp(3) END AS "at",
    CASE WHEN cardinality(a."questionIds") = 0 THEN 0
         ELSE (SELECT count(*) FROM "AttemptAnswer" x WHERE x."attemptId" = a."id" AND x."correct")
              ::double precision / cardinality(a."questionIds") END AS "score"
  FROM "Attempt" a WHERE a."id" = ${attemptId} AND a."submittedAt" IS NULL
)
UPDATE "Attempt" a SET "submittedAt" = c."at", "score" = c."score", "late" = c."at" > s."dueAt"
FROM "closing" c, "Assignment" s
WHERE a."id" = c."id" AND s."id" = a."assignmentId"
RETURNING a."id", a."submittedAt", a."score", a."late"`;
}

// The row lock comes first, in a statement of its own: it waits for an answer being inserted
// (which holds the row FOR SHARE, record-attempt-answer.ts) to commit, and the UPDATE after it
// reads a snapshot taken once the lock is held, so it counts that answer. Counting in the locking
// statement itself would not: under READ COMMITTED a statement that waited for a lock re-checks
// the locked row but still reads other tables as of its start, without the answer.
async function finish(db: Db, attemptId: string, now: Date): Promise<SubmittedAttempt> {
  const [, closed] = await db.$transaction([
    db.$queryRaw`SELECT 1 FROM "Attempt" WHERE "id" = ${attemptId} FOR UPDATE`,
    db.$queryRaw<SubmittedRow[]>(closeSql(attemptId, now)),
  ]);
  if (closed[0]) return asResult(closed[0]);
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
