import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/app/_server/current-user";
import type { Actor } from "@/app/_server/data/classes/access";
import { startAttempt } from "@/app/_server/data/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/data/attempts/submit-attempt";
import { isAppError } from "@/app/_server/errors";
import {
  makeActor,
  makeAssignment,
  makeClassWith,
  makeQuestions,
  T0,
} from "@/tests/factories/classes";

// Opened long ago, so the actions (which read the real clock) find it open too.
const OPEN_SINCE = new Date("2020-01-01T00:00:00.000Z");

export const ACTORS = ["anonymous", "otherStudent", "otherTeacher", "student", "teacher"] as const;
export type ActorName = (typeof ACTORS)[number];
export type People = Record<Exclude<ActorName, "anonymous">, CurrentUser>;

/** "data": allowed and the target is in the answer; "no data": allowed, but the target is not. */
export type Outcome = "data" | "no data" | "unauthenticated" | "forbidden" | "not_found";

export async function makePeople(): Promise<People> {
  const [teacher, student, otherTeacher, otherStudent] = await Promise.all([
    makeActor("teacher"),
    makeActor("student"),
    makeActor("teacher"),
    makeActor("student"),
  ]);
  return { teacher, student, otherTeacher, otherStudent };
}

// A fresh class per row, so one row's changes (a removed student, a new code) never leak into another.
export async function makeWorld(people: People) {
  const questions = await makeQuestions(2);
  const klass = await makeClassWith(people.teacher, [people.student], "Target class");
  const otherClass = await makeClassWith(people.otherTeacher, [people.otherStudent], "Other class");
  const { set, assignment } = await makeAssignment({
    teacher: people.teacher,
    classId: klass.id,
    questionIds: questions.map((q) => q.id),
    maxAttempts: 3,
    opensAt: OPEN_SINCE,
  });
  const submitted = await startAttempt({
    actor: people.student,
    assignmentId: assignment.id,
    now: T0,
  });
  await submitAttempt({ actor: people.student, attemptId: submitted.attemptId, now: T0 });
  const open = await startAttempt({ actor: people.student, assignmentId: assignment.id, now: T0 });
  return {
    people,
    questions,
    klass,
    otherClass,
    set,
    assignment,
    submittedAttemptId: submitted.attemptId,
    openAttemptId: open.attemptId,
    key: randomUUID(),
  };
}

export type World = Awaited<ReturnType<typeof makeWorld>>;

export function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

// next/navigation's redirect is mocked to throw this, as the real one throws NEXT_REDIRECT.
export class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}

/** Maps what a data function, server action or route handler did to one outcome. */
export async function outcomeOf(
  run: () => Promise<unknown>,
  includes: (value: unknown) => boolean,
): Promise<Outcome | string> {
  try {
    const value = await run();
    if (value instanceof Response) {
      const byStatus: Record<number, Outcome> = {
        401: "unauthenticated",
        403: "forbidden",
        404: "not_found",
      };
      return value.status === 200
        ? includes(await value.text())
          ? "data"
          : "no data"
        : (byStatus[value.status] ?? `status ${value.status}`);
    }
    const code = (value as { code?: string } | undefined)?.code;
    if (code) return code;
    return includes(value) ? "data" : "no data";
  } catch (error) {
    if (error instanceof Redirected) return "data";
    if (isAppError(error)) return error.code;
    throw error;
  }
}

export type Expected = Record<ActorName, Outcome>;
export type MatrixRow = {
  expected: Expected;
  /** Data functions get the actor; actions and routes read it from the (mocked) session. */
  run: (w: World, actor: Actor) => Promise<unknown>;
  /** For answers that list things: is the target among them? */
  includes?: (value: unknown, w: World) => boolean;
};

const U = "unauthenticated" as const;
export const teacherOwns: Expected = {
  anonymous: U,
  otherStudent: "forbidden",
  otherTeacher: "not_found",
  student: "forbidden",
  teacher: "data",
};
export const anyTeacher: Expected = { ...teacherOwns, otherTeacher: "data" };
export const studentOwns: Expected = {
  anonymous: U,
  otherStudent: "not_found",
  otherTeacher: "forbidden",
  student: "data",
  teacher: "forbidden",
};
export const anyStudent: Expected = { ...studentOwns, otherStudent: "data" };
export const answerOf = (w: World) => ({
  attemptId: w.openAttemptId,
  questionId: w.questions[0]!.id,
  response: "x",
  idempotencyKey: w.key,
  durationMs: 1,
});
