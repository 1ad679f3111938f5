"use client";

import { useActionState, useId, useLayoutEffect, useRef, useState } from "react";
import { submitAttemptAction } from "@/app/_server/actions/attempt-actions";
import type { ActionState } from "@/app/_server/actions/run-action";
import { plural } from "./plural";
import type { KeptAfterFlush } from "./use-quiz-outbox";

type Props = {
  attemptId: string;
  assignmentId: string;
  mode: "quiz" | "practice";
  /** Questions with no answer, neither recorded nor kept on the device. */
  unanswered: number;
  /** Ask before submitting a quiz with unanswered questions (not once time is up). */
  confirmUnanswered: boolean;
  /** Answers kept on the device, not yet sent. */
  keptCount: number;
  /** Sends the answers kept on the device; resolves to how many are still only there, and why. */
  flushKept: () => Promise<KeptAfterFlush>;
};

/** `stillOnDevice`: how many answers the "Not submitted" message counted as only on the device. */
type SubmitState = ActionState & { stillOnDevice?: number };

// Submitting ends the attempt, and the server scores only the answers it has: answers still kept
// on the device (saved without a signal) are sent first, and while any cannot be sent the attempt
// stays open, so a student's saved answer never turns into a wrong one. A quiz with questions
// left unanswered asks once more, in the page rather than a dialog: one stray tap on a phone would
// otherwise end the attempt (attempts are limited) with those questions counted wrong.
export function QuizSubmit(props: Props) {
  const { attemptId, assignmentId, mode, unanswered } = props;
  const [confirming, setConfirming] = useState(false);
  const [state, submit, pending] = useActionState(
    async (previous: SubmitState, formData: FormData): Promise<SubmitState> => {
      const kept = await props.flushKept();
      if (kept.waiting > 0) return { error: stillOnDevice(kept), stillOnDevice: kept.waiting };
      return submitAttemptAction(previous, formData).catch(() => ({ error: noConnection }));
    },
    { error: null },
  );
  const asking = mode === "quiz" && unanswered > 0 && props.confirmUnanswered;
  const primary = useFocusKeptOnPrimary(asking && confirming);
  const questionId = useId();
  // Once kept answers have been sent (the "online" round), the count in "still only on this
  // device" is no longer true: the alert goes (the quiz's status line still counts what is kept),
  // and Submit works as it is. More kept since (saved offline again) leaves it: still true.
  const outdated = state.stillOnDevice !== undefined && props.keptCount < state.stillOnDevice;
  const error = outdated ? null : state.error;
  return (
    <form action={submit} className="stack submit-form">
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {asking ? (
        confirming ? (
          <>
            <p role="status" id={questionId}>
              <strong>{plural(unanswered, "question has", "questions have")} no answer yet</strong>{" "}
              and will count as wrong. Submit anyway?
            </p>
            <div className="actions">
              {/* Shown by the student's own press, so focus follows it there; the question above
                  is its description, as the status may not be read once focus has moved. */}
              <button
                type="submit"
                disabled={pending}
                autoFocus
                aria-describedby={questionId}
                ref={primary}
              >
                {pending ? "Submitting…" : "Submit anyway"}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={pending}
                onClick={() => setConfirming(false)}
              >
                Keep answering
              </button>
            </div>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} ref={primary}>
            Submit quiz
          </button>
        )
      ) : (
        <button type="submit" disabled={pending} ref={primary}>
          {pending ? "Submitting…" : mode === "quiz" ? "Submit quiz" : "Finish round"}
        </button>
      )}
    </form>
  );
}

/** The confirm step's buttons go away ("Keep answering", or time running out while it is shown);
 * focus would fall to the page, so it goes back to the Submit button that is shown instead. */
function useFocusKeptOnPrimary(confirmShown: boolean) {
  const primary = useRef<HTMLButtonElement>(null);
  const wasShown = useRef(confirmShown);
  useLayoutEffect(() => {
    const closed = wasShown.current && !confirmShown;
    wasShown.current = confirmShown;
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (closed && focusLost) primary.current?.focus();
  }, [confirmShown]);
  return primary;
}

const noConnection =
  "No connection: the quiz was not submitted. Your answers are saved; try again.";

function stillOnDevice({ waiting, reason }: KeptAfterFlush): string {
  const count = plural(waiting, "answer is", "answers are");
  // The server's reason (a signed-out session, say) when there was one; else the connection.
  if (reason) return `Not submitted: ${count} still only on this device. ${reason}`;
  return (
    `Not submitted: ${count} still only on this device and could not be sent. ` +
    "Submit again when you have a connection."
  );
}
