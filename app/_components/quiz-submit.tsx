"use client";

import { useActionState } from "react";
import { submitAttemptAction } from "@/app/_server/actions/attempt-actions";
import type { ActionState } from "@/app/_server/actions/run-action";
import { plural } from "./plural";

type Props = {
  attemptId: string;
  assignmentId: string;
  mode: "quiz" | "practice";
  /** Questions with no answer, neither recorded nor kept on the device. */
  unanswered: number;
  /** Sends the answers kept on the device; resolves to how many are still only there. */
  flushKept: () => Promise<number>;
};

// Submitting ends the attempt, and the server scores only the answers it has: answers still kept
// on the device (saved without a signal) are sent first, and while any cannot be sent the attempt
// stays open, so a student's saved answer never turns into a wrong one.
export function QuizSubmit({ attemptId, assignmentId, mode, unanswered, flushKept }: Props) {
  const [state, submit, pending] = useActionState(
    async (previous: ActionState, formData: FormData): Promise<ActionState> => {
      const waiting = await flushKept();
      if (waiting > 0) return { error: stillOnDevice(waiting) };
      return submitAttemptAction(previous, formData).catch(() => ({ error: noConnection }));
    },
    { error: null },
  );
  return (
    <form action={submit} className="stack submit-form">
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      {mode === "quiz" && unanswered > 0 ? (
        <p className="meta">
          {plural(unanswered, "question has", "questions have")} no answer yet; unanswered questions
          count as wrong.
        </p>
      ) : null}
      {state.error ? (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      ) : null}
      <button type="submit" disabled={pending}>
        {pending ? "Submitting…" : mode === "quiz" ? "Submit quiz" : "Finish round"}
      </button>
    </form>
  );
}

const noConnection =
  "No connection: the quiz was not submitted. Your answers are saved; try again.";

function stillOnDevice(count: number): string {
  return (
    `Not submitted: ${plural(count, "answer is", "answers are")} still only on this device ` +
    "and could not be sent. Submit again when you have a connection."
  );
}
