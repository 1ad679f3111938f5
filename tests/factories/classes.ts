import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/app/_server/current-user";
import { prisma } from "@/app/_server/db";
import { createAssignment } from "@/app/_server/data/assignments/create-assignment";
import { createClass } from "@/app/_server/data/classes/create-class";
import { joinClassWithCode } from "@/app/_server/data/classes/enrollment";
import { createQuestionSet } from "@/app/_server/data/sets/question-sets";
import { makeUser } from "./users";

export const HOUR = 3600_000;
export const T0 = new Date("2026-12-01T09:00:00.000Z");
export const at = (offsetMs: number) => new Date(T0.getTime() + offsetMs);

export async function makeActor(
  role: CurrentUser["role"],
  name = `${role} ${randomUUID().slice(0, 4)}`,
): Promise<CurrentUser> {
  const user = await makeUser({ role, name });
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}

export type MadeQuestion = {
  id: string;
  answer: string;
  wrong: string;
  articleId: string;
  sentenceId: string;
};

// An article with one sentence per question: short answers "Answer 1", "Answer 2", … and a
// multiple-choice question every third, so grading of both kinds is exercised.
export async function makeQuestions(
  count: number,
  title = "Test article",
): Promise<MadeQuestion[]> {
  const db = await prisma();
  const articleId = `a-${randomUUID()}`;
  const texts = Array.from({ length: count }, (_, i) => `Sentence ${i + 1} says Answer ${i + 1}.`);
  const body = texts.join(" ");
  await db.article.create({
    data: { id: articleId, file: `${articleId}.txt`, title, body, contentHash: articleId },
  });
  const made: MadeQuestion[] = [];
  let start = 0;
  for (const [i, text] of texts.entries()) {
    const sentenceId = `${articleId}-s${i}`;
    await db.sentence.create({
      data: { id: sentenceId, articleId, position: i, text, start, end: start + text.length },
    });
    const answer = `Answer ${i + 1}`;
    const choice = i % 3 === 2;
    const id = `${articleId}-q${i}`;
    await db.question.create({
      data: {
        id,
        articleId,
        sentenceId,
        type: choice ? "multiple_choice" : "short_answer",
        prompt: `What does sentence ${i + 1} say?`,
        answer,
        accepted: [],
        choices: choice ? [answer, "Decoy"] : [],
        sourceStart: start,
        sourceEnd: start + text.length,
        sourceQuote: text,
        difficulty: 0.3 + i / 100,
        siblingKey: id,
        factKind: "entity",
      },
    });
    made.push({ id, answer, wrong: choice ? "Decoy" : "Wrong guess", articleId, sentenceId });
    start += text.length + 1;
  }
  return made;
}

export async function makeClassWith(teacher: CurrentUser, students: CurrentUser[], name = "Class") {
  const made = await createClass({ actor: teacher, input: { name } });
  for (const student of students)
    await joinClassWithCode({ actor: student, code: made.joinCode, now: T0 });
  return made;
}

export async function makeAssignment(options: {
  teacher: CurrentUser;
  classId: string;
  questionIds: string[];
  mode?: "quiz" | "practice";
  maxAttempts?: number;
  timeLimitSeconds?: number | null;
  opensAt?: Date;
  dueAt?: Date;
}) {
  const set = await createQuestionSet({
    actor: options.teacher,
    input: { title: "Set", questionIds: options.questionIds },
  });
  const assignment = await createAssignment({
    actor: options.teacher,
    now: T0,
    input: {
      classId: options.classId,
      setId: set.id,
      mode: options.mode ?? "quiz",
      opensAt: options.opensAt ?? T0,
      dueAt: options.dueAt ?? at(24 * HOUR),
      maxAttempts: options.maxAttempts ?? 1,
      timeLimitSeconds: options.timeLimitSeconds ?? null,
    },
  });
  return { set, assignment };
}

/** Teacher and student of one class, and a teacher and student of another. */
export async function makeClassWorld() {
  const [teacher, student, otherTeacher, otherStudent] = await Promise.all([
    makeActor("teacher", "Tess Teacher"),
    makeActor("student", "Sam Student"),
    makeActor("teacher", "Other Teacher"),
    makeActor("student", "Other Student"),
  ]);
  const questions = await makeQuestions(3);
  const klass = await makeClassWith(teacher, [student], "Our class");
  const otherClass = await makeClassWith(otherTeacher, [otherStudent], "Their class");
  const { set, assignment } = await makeAssignment({
    teacher,
    classId: klass.id,
    questionIds: questions.map((q) => q.id),
  });
  return {
    teacher,
    student,
    otherTeacher,
    otherStudent,
    questions,
    klass,
    otherClass,
    set,
    assignment,
  };
}
