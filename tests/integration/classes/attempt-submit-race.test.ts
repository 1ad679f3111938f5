import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/app/_server/current-user";
import { prisma } from "@/app/_server/db";
import { removeAssignment } from "@/app/_server/data/assignments/remove-assignment";
import { joinClassWithCode } from "@/app/_server/data/classes/enrollment";
import { recordAttemptAnswer } from "@/app/_server/data/attempts/record-attempt-answer";
import { startAttempt } from "@/app/_server/data/attempts/start-attempt";
import { submitAttempt } from "@/app/_server/data/attempts/submit-attempt";
import { reviewKeyFor } from "@/app/_server/data/attempts/update-study-card";
import { makeActor, makeAssignment, at, T0 } from "@/tests/factories/classes";
import { answer, setup } from "./attempt-setup";

// Enough rounds that, before answers and submissions took the attempt's row lock, every run lost
// answers (on PostgreSQL 27 to 30 rounds of 30 in three runs, on PGlite 30 of 30).
const ROUNDS = 30;

type Round = {
  round: number;
  answered: "saved" | "refused" | "failed otherwise";
  score: number | null;
  answersStored: number;
  reviewsStored: number;
};

type Closing = { student: CurrentUser; attemptId: string; assignmentId: string };

async function roundOutcome(
  round: number,
  answered: PromiseSettledResult<unknown>,
  sent: ReturnType<typeof answer>,
  refusal: string,
): Promise<Round> {
  const db = await prisma();
  const [attempt, answersStored, reviewsStored] = await Promise.all([
    db.attempt.findUniqueOrThrow({ where: { id: sent.attemptId }, select: { score: true } }),
    db.attemptAnswer.count({ where: { attemptId: sent.attemptId } }),
    db.reviewLog.count({ where: { idempotencyKey: reviewKeyFor(sent.idempotencyKey) } }),
  ]);
  const refused = expect.objectContaining({ code: "conflict", userMessage: refusal });
  const outcome =
    answered.status === "fulfilled"
      ? "saved"
      : refused.asymmetricMatch(answered.reason)
        ? "refused"
        : "failed otherwise";
  return { round, answered: outcome, score: attempt.score, answersStored, reviewsStored };
}

// Each round sends one right answer (of three questions) while `close` submits the attempt.
// Which call starts first alternates, so that neither is always the first to reach the database.
async function race(options: {
  assignmentFor: (round: number) => Promise<string>;
  classCode: string;
  questionId: string;
  response: string;
  close: (closing: Closing) => Promise<unknown>;
  refusal: string;
}): Promise<Round[]> {
  const rounds: Round[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const assignmentId = await options.assignmentFor(round);
    const student = await makeActor("student");
    await joinClassWithCode({ actor: student, code: options.classCode, now: T0 });
    const { attemptId } = await startAttempt({ actor: student, assignmentId, now: T0 });
    const sent = answer(attemptId, options.questionId, options.response);
    const closeFirst = round % 2 === 1 ? options.close({ student, attemptId, assignmentId }) : null;
    const answerCall = recordAttemptAnswer({ actor: student, input: sent, now: at(1000) });
    const closeCall = closeFirst ?? options.close({ student, attemptId, assignmentId });
    const [answered, closed] = await Promise.allSettled([answerCall, closeCall]);
    if (closed.status === "rejected") throw closed.reason;
    rounds.push(await roundOutcome(round, answered, sent, options.refusal));
  }
  return rounds;
}

// A saved answer is in the score and reviewed the card once; a refused one left nothing behind.
function expectedOf(rounds: Round[]): Round[] {
  return rounds.map((r) =>
    r.answered === "saved"
      ? { ...r, score: 1 / 3, answersStored: 1, reviewsStored: 1 }
      : { ...r, answered: "refused", score: 0, answersStored: 0, reviewsStored: 0 },
  );
}

describe("an answer sent while its attempt is being closed", () => {
  it("is either saved and counted in the score, or refused as already submitted and not stored", async () => {
    const { klass, questions, assignment } = await setup();
    const rounds = await race({
      assignmentFor: async () => assignment.id,
      classCode: klass.joinCode,
      questionId: questions[0]!.id,
      response: questions[0]!.answer,
      close: ({ student, attemptId }) =>
        submitAttempt({ actor: student, attemptId, now: at(2000) }),
      refusal: "This attempt is already submitted.",
    });
    expect(rounds).toEqual(expectedOf(rounds));
  });

  it("is either saved and counted, or refused as removed, when the teacher removes the assignment", async () => {
    const { teacher, klass, questions } = await setup();
    const rounds = await race({
      assignmentFor: async () =>
        (
          await makeAssignment({
            teacher,
            classId: klass.id,
            questionIds: questions.map((q) => q.id),
          })
        ).assignment.id,
      classCode: klass.joinCode,
      questionId: questions[0]!.id,
      response: questions[0]!.answer,
      close: ({ assignmentId }) =>
        removeAssignment({ actor: teacher, assignmentId, now: at(2000) }),
      refusal: "Your teacher removed this assignment.",
    });
    expect(rounds).toEqual(expectedOf(rounds));
  });
});
