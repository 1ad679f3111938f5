import { randomUUID } from "node:crypto";
import { makeActor, makeAssignment, makeClassWith, makeQuestions } from "@/tests/factories/classes";

// A class with one student and a three-question assignment (options override the assignment).
export async function setup(options: Partial<Parameters<typeof makeAssignment>[0]> = {}) {
  const teacher = await makeActor("teacher");
  const student = await makeActor("student");
  const questions = await makeQuestions(3);
  const klass = await makeClassWith(teacher, [student]);
  const { set, assignment } = await makeAssignment({
    teacher,
    classId: klass.id,
    questionIds: questions.map((q) => q.id),
    ...options,
  });
  return { teacher, student, questions, klass, set, assignment };
}

export const answer = (
  attemptId: string,
  questionId: string,
  response: string,
  idempotencyKey = randomUUID(),
) => ({
  attemptId,
  questionId,
  response,
  idempotencyKey,
  durationMs: 1200,
});
