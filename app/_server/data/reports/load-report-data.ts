import "server-only";
import { prisma } from "../../db";
import { notFound, requireTeacher, type Actor } from "../classes/access";
import { assignmentSelect, toSummary } from "../assignments/create-assignment";

// Everything a report needs in two queries, authorized by the class's teacher in the where.
export async function loadReportData(options: { actor: Actor; assignmentId: string }) {
  const teacher = requireTeacher(options.actor);
  const db = await prisma();
  const row = await db.assignment.findFirst({
    where: { id: options.assignmentId, class: { teacherId: teacher.id } },
    select: {
      ...assignmentSelect,
      set: {
        select: {
          title: true,
          items: { orderBy: { position: "asc" }, select: { questionId: true } },
        },
      },
      class: {
        select: {
          name: true,
          enrollments: { select: { user: { select: { id: true, name: true, email: true } } } },
        },
      },
      attempts: {
        orderBy: [{ userId: "asc" }, { number: "asc" }],
        select: {
          id: true,
          userId: true,
          number: true,
          startedAt: true,
          submittedAt: true,
          score: true,
          late: true,
          questionIds: true,
          user: { select: { id: true, name: true, email: true } },
          answers: { select: { questionId: true, response: true, correct: true } },
        },
      },
    },
  });
  if (!row) throw notFound("assignment");
  const { set, class: owner, attempts, ...rest } = row;
  // Removed students keep their attempts in the report; enrolled ones without attempts show too.
  const students = new Map(
    owner.enrollments.map((e) => [e.user.id, { ...e.user, enrolled: true }]),
  );
  for (const a of attempts)
    if (!students.has(a.userId)) students.set(a.userId, { ...a.user, enrolled: false });
  const questionIds = [
    ...new Set([...set.items.map((i) => i.questionId), ...attempts.flatMap((a) => a.questionIds)]),
  ];
  const questions = await db.question.findMany({
    where: { id: { in: questionIds } },
    select: {
      id: true,
      type: true,
      prompt: true,
      answer: true,
      sourceQuote: true,
      articleId: true,
      sentenceId: true,
      article: { select: { title: true } },
    },
  });
  const byId = new Map(questions.map((q) => [q.id, q]));
  return {
    assignment: toSummary({ ...rest, class: { name: owner.name }, set: { title: set.title } }),
    setQuestionIds: set.items.map((i) => i.questionId),
    students: [...students.values()].sort(
      (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
    ),
    attempts,
    questions: questionIds.flatMap((id) => byId.get(id) ?? []),
  };
}

export type ReportData = Awaited<ReturnType<typeof loadReportData>>;
