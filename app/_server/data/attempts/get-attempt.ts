import "server-only";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { notFound, requireActor, requireStudent, type Actor } from "../classes/access";

export const sourceHref = (articleId: string, sentenceId: string) =>
  `/articles/${encodeURIComponent(articleId)}#s-${encodeURIComponent(sentenceId)}`;

const questionSelect = {
  id: true,
  type: true,
  prompt: true,
  choices: true,
  answer: true,
  sourceQuote: true,
  articleId: true,
  sentenceId: true,
  article: { select: { title: true } },
} as const;

type Db = Awaited<ReturnType<typeof prisma>>;

// In the attempt's own order, whatever the set looks like now.
async function questionsInOrder(db: Db, ids: string[]) {
  const rows = await db.question.findMany({ where: { id: { in: ids } }, select: questionSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type TakingQuestion = { id: string; type: string; prompt: string; choices: string[] };
export type PracticeFeedback = {
  correct: boolean;
  answer: string;
  sourceQuote: string;
  sourceHref: string;
};
export type AttemptForTaking = {
  attemptId: string;
  assignmentId: string;
  mode: "quiz" | "practice";
  deadlineAt: Date | null;
  questions: TakingQuestion[];
  /** Responses given so far; feedback only in practice mode (a quiz shows it after submission). */
  answers: Record<string, { response: string; feedback: PracticeFeedback | null }>;
};

export async function getAttemptForTaking(options: {
  actor: Actor;
  attemptId: string;
}): Promise<AttemptForTaking> {
  const student = requireStudent(options.actor);
  const db = await prisma();
  const attempt = await db.attempt.findFirst({
    where: { id: options.attemptId, userId: student.id, submittedAt: null },
    select: {
      id: true,
      assignmentId: true,
      deadlineAt: true,
      questionIds: true,
      assignment: { select: { mode: true } },
      answers: { select: { questionId: true, response: true, correct: true } },
    },
  });
  if (!attempt) throw notFound("attempt");
  const questions = await questionsInOrder(db, attempt.questionIds);
  const practice = attempt.assignment.mode === "practice";
  const answers: AttemptForTaking["answers"] = {};
  for (const answer of attempt.answers) {
    const q = questions.find((question) => question.id === answer.questionId);
    const feedback =
      practice && q
        ? {
            correct: answer.correct,
            answer: q.answer,
            sourceQuote: q.sourceQuote,
            sourceHref: sourceHref(q.articleId, q.sentenceId),
          }
        : null;
    answers[answer.questionId] = { response: answer.response, feedback };
  }
  return {
    attemptId: attempt.id,
    assignmentId: attempt.assignmentId,
    mode: attempt.assignment.mode,
    deadlineAt: attempt.deadlineAt,
    questions: questions.map((q) => ({
      id: q.id,
      type: q.type,
      prompt: q.prompt,
      choices: q.choices,
    })),
    answers,
  };
}

export type AttemptResultItem = {
  questionId: string;
  prompt: string;
  type: string;
  response: string | null;
  correct: boolean;
  answer: string;
  sourceQuote: string;
  articleTitle: string;
  sourceHref: string;
};
export type AttemptResults = {
  attemptId: string;
  assignmentId: string;
  studentName: string;
  number: number;
  startedAt: Date;
  submittedAt: Date;
  score: number;
  late: boolean;
  items: AttemptResultItem[];
};

/** A submitted attempt, to its student or to the teacher of its class. */
export async function getAttemptResults(options: {
  actor: Actor;
  attemptId: string;
}): Promise<AttemptResults> {
  const user = requireActor(options.actor);
  const db = await prisma();
  const owner =
    user.role === "teacher"
      ? { assignment: { class: { teacherId: user.id } } }
      : { userId: user.id };
  const attempt = await db.attempt.findFirst({
    where: { id: options.attemptId, ...owner },
    select: {
      id: true,
      assignmentId: true,
      number: true,
      startedAt: true,
      submittedAt: true,
      score: true,
      late: true,
      questionIds: true,
      user: { select: { name: true } },
      answers: { select: { questionId: true, response: true, correct: true } },
    },
  });
  if (!attempt) throw notFound("attempt");
  if (!attempt.submittedAt)
    throw new AppError("conflict", {
      userMessage: "Results appear once the attempt is submitted.",
    });
  const answers = new Map(attempt.answers.map((a) => [a.questionId, a]));
  const items = (await questionsInOrder(db, attempt.questionIds)).map((q) => ({
    questionId: q.id,
    prompt: q.prompt,
    type: q.type,
    response: answers.get(q.id)?.response ?? null,
    correct: answers.get(q.id)?.correct ?? false,
    answer: q.answer,
    sourceQuote: q.sourceQuote,
    articleTitle: q.article.title,
    sourceHref: sourceHref(q.articleId, q.sentenceId),
  }));
  return {
    attemptId: attempt.id,
    assignmentId: attempt.assignmentId,
    studentName: attempt.user.name,
    number: attempt.number,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    score: attempt.score ?? 0,
    late: attempt.late,
    items,
  };
}
