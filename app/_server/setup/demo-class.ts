import "server-only";
import type { CurrentUser } from "../current-user";
import { prisma } from "../db";
import { createAssignment } from "../data/assignments/create-assignment";
import { createClass } from "../data/classes/create-class";
import { joinClassWithCode } from "../data/classes/enrollment";
import { createQuestionSet } from "../data/sets/question-sets";
import { DEMO_ACCOUNTS } from "./demo-accounts";

// A fresh install shows the teacher's half of the app too: the demo teacher gets a class with the
// demo student in it, a question set from the shipped bank and an open quiz, all made through the
// same data functions as the pages use, so the same rules hold. Made once: only while the demo
// teacher has no class at all (classes cannot be deleted), so a teacher who renames the class or
// removes the quiz keeps the change, and later starts add nothing.

export type DemoClassReport = { className: string; joinCode: string; quizTitle: string };

type Candidate = {
  id: string;
  type: string;
  siblingKey: string;
  articleId: string;
  article: { title: string };
};

const demoQuestionCount = 8;
const typeOrder = ["multiple_choice", "true_false", "cloze", "short_answer", "numeric"];

/**
 * Up to `count` questions of one article, taking the question types in turn so the quiz shows each
 * kind, and one question a sentence or fact. The article is the one that gives the most questions,
 * then the most kinds of question; the first in the given order among equals.
 */
export function chooseDemoQuestions(
  candidates: Candidate[],
  count: number,
): { articleTitle: string; questionIds: string[] } {
  const byArticle = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    byArticle.set(candidate.articleId, [...(byArticle.get(candidate.articleId) ?? []), candidate]);
  }
  let best = { articleTitle: "", questionIds: [] as string[], kinds: 0 };
  for (const questions of byArticle.values()) {
    const questionIds = takeTypesInTurn(questions, count);
    const kinds = new Set(questions.filter((q) => questionIds.includes(q.id)).map((q) => q.type))
      .size;
    const better =
      questionIds.length > best.questionIds.length ||
      (questionIds.length === best.questionIds.length && kinds > best.kinds);
    if (better) best = { articleTitle: questions[0]!.article.title, questionIds, kinds };
  }
  return { articleTitle: best.articleTitle, questionIds: best.questionIds };
}

function takeTypesInTurn(questions: Candidate[], count: number): string[] {
  const queues = typeOrder.map((type) => questions.filter((q) => q.type === type));
  const usedKeys = new Set<string>();
  const chosen: string[] = [];
  while (chosen.length < count && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.findIndex((q) => !usedKeys.has(q.siblingKey));
      if (next === -1) queue.length = 0;
      else if (chosen.length < count) {
        const [question] = queue.splice(next, 1);
        usedKeys.add(question!.siblingKey);
        chosen.push(question!.id);
      }
    }
  }
  return chosen;
}

export async function seedDemoClass(now: Date): Promise<DemoClassReport | null> {
  const db = await prisma();
  const users = await db.user.findMany({
    where: { id: { in: DEMO_ACCOUNTS.map((account) => account.id) } },
    select: { id: true, role: true, name: true, email: true },
  });
  const teacher = users.find((user) => user.role === "teacher");
  const student = users.find((user) => user.role === "student");
  if (!teacher || !student) return null;
  if ((await db.class.count({ where: { teacherId: teacher.id } })) > 0) return null;
  const candidates = await db.question.findMany({
    where: { retiredAt: null, type: { not: "flashcard" }, article: { retiredAt: null } },
    select: {
      id: true,
      type: true,
      siblingKey: true,
      articleId: true,
      article: { select: { title: true } },
    },
    orderBy: [{ article: { title: "asc" } }, { sentence: { position: "asc" } }, { id: "asc" }],
  });
  const chosen = chooseDemoQuestions(candidates, demoQuestionCount);
  if (chosen.questionIds.length === 0) return null;
  const quizTitle = `Demo quiz: ${chosen.articleTitle}`.slice(0, 120);
  const actors = { teacher, student };
  return makeDemoClass(actors, { title: quizTitle, questionIds: chosen.questionIds }, now);
}

async function makeDemoClass(
  { teacher, student }: { teacher: CurrentUser; student: CurrentUser },
  quiz: { title: string; questionIds: string[] },
  now: Date,
): Promise<DemoClassReport> {
  const room = await createClass({ actor: teacher, input: { name: "Demo class" } });
  await joinClassWithCode({ actor: student, code: room.joinCode, now });
  const set = await createQuestionSet({
    actor: teacher,
    input: {
      title: quiz.title,
      description: "Made for the demo accounts.",
      questionIds: quiz.questionIds,
    },
  });
  await createAssignment({
    actor: teacher,
    input: {
      classId: room.id,
      setId: set.id,
      mode: "quiz",
      opensAt: now,
      dueAt: new Date(now.getTime() + 30 * 86_400_000),
      maxAttempts: 3,
    },
  });
  return { className: room.name, joinCode: room.joinCode, quizTitle: quiz.title };
}
