"use server";

import { revalidatePath } from "next/cache";
import { recordAttemptAnswer, type RecordedAnswer } from "../data/attempts/record-attempt-answer";
import { startAttempt } from "../data/attempts/start-attempt";
import { submitAttempt } from "../data/attempts/submit-attempt";
import { field, runAction, type ActionState } from "./run-action";

export async function startAttemptAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const assignmentId = field(formData, "assignmentId");
  const result = await runAction((actor) => startAttempt({ actor, assignmentId, now: new Date() }));
  if (!result.ok) return result.state;
  revalidatePath(`/student/assignments/${assignmentId}`);
  return { error: null };
}

/** Called from the quiz screen with the client's idempotency key; safe to retry. */
export async function recordAnswerAction(
  input: unknown,
): Promise<(RecordedAnswer & ActionState) | ActionState> {
  const result = await runAction((actor) => recordAttemptAnswer({ actor, input, now: new Date() }));
  return result.ok ? { ...result.value, error: null } : result.state;
}

export async function submitAttemptAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const attemptId = field(formData, "attemptId");
  const result = await runAction((actor) => submitAttempt({ actor, attemptId, now: new Date() }));
  if (!result.ok) return result.state;
  revalidatePath("/student");
  revalidatePath(`/student/assignments/${field(formData, "assignmentId")}`);
  return { error: null };
}
