"use client";

import { useActionState, useState } from "react";
import { submitAttemptAction } from "@/app/_server/actions/attempt-actions";
import type { ActionState } from "@/app/_server/actions/run-action";
import { plural } from "./plural";

type Props = {
  attemptId: string;
  assignmentId: string;
  mode: "quiz" | "practice";
  /** Questions with no answer, neither recorded nor kept on the device. */
  unanswered: number;
  /** Ask before submitting a quiz with unanswered questions (not once time is up). */
  confirmUnanswered: boolean;
  /** Sends the answers kept on the device; resolves to how many are still only there. */
  flushKept: () => Promise<number>;
};

// Submitting ends the attempt, and the server scores only the answers it has: answers still kept
// on the device (saved without a signal) are sent first, and while any cannot be sent the attempt
// stays open, so a student's saved answer never turns into a wrong one. A quiz with questions
// left unanswered asks once more, in the page rather than a dialog: one stray tap on a phone would
// otherwise end the attempt (attempts are limited) with those questions counted wrong.
export function QuizSubmit(props: Props) {
  const { attemptId, assignmentId, mode, unanswered } = props;
  const [confirming, setConfirming] = useState(false);
  const [state, submit, pending] = useActionState(
    async (previous: ActionState, formData: FormData): Promise<ActionState> => {
      const waiting = await props.flushKept();
      if (waiting > 0) return { error: stillOnDevice(waiting) };
      return submitAttemptAction(previous, formData).catch(() => ({ error: noConnection }));
    },
    { error: null },
  );
  return (
    <form action={submit} className="stack submit-form">
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      {state.error ? (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      ) : null}
      {mode === "quiz" && unanswered > 0 && props.confirmUnanswered ? (
        confirming ? (
          <>
            <p role="status">
              <strong>{plural(unanswered, "question has", "questions have")} no answer yet</strong>{" "}
              and will count as wrong. Submit anyway?
            </p>
            <div className="actions">
              {/* Shown by the student's own press, so focus follows it there. */}
              <button type="submit" disabled={pending} autoFocus>
                {pending ? "Submitting…" : "Submit anyway"}
              </button>
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                Keep answering
              </button>
            </div>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Submit quiz
          </button>
        )
      ) : (
        <button type="submit" disabled={pending}>
          {pending ? "Submitting…" : mode === "quiz" ? "Submit quiz" : "Finish round"}
        </button>
      )}
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
