import "server-only";
import { prisma } from "../../db";
import { notFound, requireStudent, type Actor } from "../classes/access";
import { assignmentSelect, toSummary, type AssignmentSummary } from "./create-assignment";

export type AttemptBrief = {
  id: string;
  number: number;
  submittedAt: Date | null;
  score: number | null;
  late: boolean;
  deadlineAt: Date | null;
};

export type StudentAssignment = AssignmentSummary & {
  attempts: AttemptBrief[];
  status: "todo" | "in_progress" | "done";
  overdue: boolean;
  /** Practice: questions answered correctly at least once, out of the set's questions. */
  practiceProgress: { correct: number; total: number } | null;
};

const studentSelect = (userId: string) => ({
  ...assignmentSelect,
  set: { select: { title: true, items: { select: { questionId: true } } } },
  attempts: {
    where: { userId },
    orderBy: { number: "asc" as const },
    select: {
      id: true,
      number: true,
      submittedAt: true,
      score: true,
      late: true,
      deadlineAt: true,
      answers: { where: { correct: true }, select: { questionId: true } },
    },
  },
});

type StudentRow = Awaited<ReturnType<typeof loadRows>>[number];

function loadRows(db: Awaited<ReturnType<typeof prisma>>, userId: string, where: object) {
  return db.assignment.findMany({
    where: { ...where, class: { enrollments: { some: { userId } } } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    select: studentSelect(userId),
  });
}

// Practice is done when every question of the set was answered right at least once, in any round.
function toStudentAssignment(row: StudentRow, now: Date): StudentAssignment {
  const { attempts, set, ...rest } = row;
  const setIds = set.items.map((item) => item.questionId);
  const right = new Set(attempts.flatMap((a) => a.answers.map((answer) => answer.questionId)));
  const practiceProgress =
    row.mode === "practice"
      ? { correct: setIds.filter((id) => right.has(id)).length, total: setIds.length }
      : null;
  const submitted = attempts.some((a) => a.submittedAt !== null);
  const done = practiceProgress ? practiceProgress.correct === practiceProgress.total : submitted;
  const open = attempts.some((a) => a.submittedAt === null);
  return {
    ...toSummary({ ...rest, set: { title: set.title } }),
    attempts: attempts.map(({ answers, ...attempt }) => (void answers, attempt)),
    status: done ? "done" : open || submitted ? "in_progress" : "todo",
    overdue: !done && now > row.dueAt,
    practiceProgress,
  };
}

/**
 * Opened assignments of the student's classes, due soonest first; unfinished overdue ones marked.
 * Archived ones (removed by the teacher) are left out; the assignment's own page still shows them.
 */
export async function listOpenAssignmentsForStudent(options: {
  actor: Actor;
  now: Date;
}): Promise<StudentAssignment[]> {
  const student = requireStudent(options.actor);
  const rows = await loadRows(await prisma(), student.id, {
    opensAt: { lte: options.now },
    archivedAt: null,
  });
  return rows.map((row) => toStudentAssignment(row, options.now));
}

export async function getAssignmentForStudent(options: {
  actor: Actor;
  assignmentId: string;
  now: Date;
}): Promise<StudentAssignment> {
  const student = requireStudent(options.actor);
  const [row] = await loadRows(await prisma(), student.id, { id: options.assignmentId });
  if (!row) throw notFound("assignment");
  return toStudentAssignment(row, options.now);
}
