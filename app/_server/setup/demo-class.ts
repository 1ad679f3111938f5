import "server-only";
import type { CurrentUser } from "../current-user";
import { prisma } from "../db";
import { createAssignment } from "../data/assignments/create-assignment";
import { createClass } from "../data/classes/create-class";
import { joinClassWithCode } from "../data/classes/enrollment";
import { createQuestionSet } from "../data/sets/question-sets";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { chooseDemoQuestions } from "@/app/_domain/classes";

// A fresh install shows the teacher's half of the app too: the demo teacher gets a class with the
// demo student in it, a question set from the shipped bank and an open quiz, all made through the
// same data functions as the pages use, so the same rules hold. Made once: only while the demo
// teacher has no class at all (classes cannot be deleted), so a teacher who renames the class or
// removes the quiz keeps the change, and later starts add nothing.

export type DemoClassReport = { className: string; joinCode: string; quizTitle: string };

const demoQuestionCount = 8;

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
      answer: true,
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
    now,
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
