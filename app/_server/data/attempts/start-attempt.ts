import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { isForeignKeyViolation, isUniqueViolation } from "../prisma-errors";
import { notFound, requireStudent, type Actor } from "../classes/access";
import { closeExpiredAttempt } from "./submit-attempt";

type Db = Awaited<ReturnType<typeof prisma>>;

export const removedByTeacher = () =>
  new AppError("conflict", { userMessage: "Your teacher removed this assignment." });

async function loadAssignment(db: Db, userId: string, assignmentId: string) {
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, class: { enrollments: { some: { userId } } } },
    select: {
      id: true,
      mode: true,
      opensAt: true,
      dueAt: true,
      maxAttempts: true,
      timeLimitSeconds: true,
      archivedAt: true,
      set: { select: { items: { orderBy: { position: "asc" }, select: { questionId: true } } } },
      attempts: {
        where: { userId },
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          submittedAt: true,
          deadlineAt: true,
          answers: { where: { correct: true }, select: { questionId: true } },
        },
      },
    },
  });
  if (!row) throw notFound("assignment");
  return row;
}

// A practice round holds the questions not yet answered right; once all are, a round holds all.
function questionsFor(assignment: Awaited<ReturnType<typeof loadAssignment>>): string[] {
  const all = assignment.set.items.map((item) => item.questionId);
  if (assignment.mode === "quiz") return all;
  const right = new Set(
    assignment.attempts.flatMap((a) => a.answers.map((answer) => answer.questionId)),
  );
  const left = all.filter((id) => !right.has(id));
  return left.length > 0 ? left : all;
}

/**
 * Resumes the student's unsubmitted attempt, or starts the next one. The question ids are copied
 * into the attempt, so editing the set later never changes it. An attempt whose time ran out is
 * submitted as of its deadline first. Quiz attempts are limited by maxAttempts; practice rounds are not.
 */
export async function startAttempt(options: {
  actor: Actor;
  assignmentId: string;
  now: Date;
}): Promise<{ attemptId: string; resumed: boolean }> {
  const student = requireStudent(options.actor);
  const db = await prisma();
  let assignment = await loadAssignment(db, student.id, options.assignmentId);
  if (assignment.archivedAt) throw removedByTeacher();
  if (options.now < assignment.opensAt)
    throw new AppError("conflict", { userMessage: "This assignment is not open yet." });
  const open = assignment.attempts.find((a) => a.submittedAt === null);
  if (open && (!open.deadlineAt || options.now <= open.deadlineAt))
    return { attemptId: open.id, resumed: true };
  if (open) {
    await closeExpiredAttempt(db, open.id, options.now);
    assignment = await loadAssignment(db, student.id, options.assignmentId);
  }
  if (assignment.mode === "quiz" && assignment.attempts.length >= assignment.maxAttempts)
    throw new AppError("conflict", {
      userMessage:
        assignment.maxAttempts === 1
          ? "You have already taken this quiz."
          : `You have used all ${assignment.maxAttempts} attempts.`,
    });
  const questionIds = questionsFor(assignment);
  if (questionIds.length === 0)
    throw new AppError("conflict", { userMessage: "This assignment has no questions." });
  const limit = assignment.timeLimitSeconds;
  try {
    const created = await db.attempt.create({
      data: {
        id: randomUUID(),
        userId: student.id,
        assignmentId: assignment.id,
        number: assignment.attempts.length + 1,
        questionIds,
        startedAt: options.now,
        deadlineAt: limit ? new Date(options.now.getTime() + limit * 1000) : null,
      },
      select: { id: true },
    });
    return { attemptId: created.id, resumed: false };
  } catch (error) {
    // The teacher deleted the assignment (nobody had started it) since it was read above.
    if (isForeignKeyViolation(error)) throw notFound("assignment");
    // Two taps on "Start" at once: the other request made this attempt number; resume it.
    if (!isUniqueViolation(error)) throw error;
    const other = await db.attempt.findFirst({
      where: { userId: student.id, assignmentId: assignment.id, submittedAt: null },
      select: { id: true },
    });
    if (!other) throw error;
    return { attemptId: other.id, resumed: true };
  }
}
