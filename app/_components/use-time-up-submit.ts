"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { submitAttemptAction } from "@/app/_server/actions/attempt-actions";

type Options = {
  attemptId: string;
  assignmentId: string;
  /** Saves what the student typed or picked but did not save yet; null when there is nothing. */
  saveUnsaved: () => Promise<unknown> | null;
};

// When time runs out the quiz stops taking answers and submits itself. An answer already on its
// way, or typed but not yet saved, is sent first: the server accepts answers up to 10 s after
// the deadline (DEADLINE_GRACE_MS) and submits a late attempt as of its deadline, so nothing the
// student gave in time is lost. Unanswered questions count as wrong, as on a manual submit.
export function useTimeUpSubmit(options: Options) {
  const router = useRouter();
  const [timeUp, setTimeUp] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const inFlight = useRef<Promise<unknown> | null>(null);

  async function track<T>(work: Promise<T>): Promise<T> {
    inFlight.current = work;
    try {
      return await work;
    } finally {
      if (inFlight.current === work) inFlight.current = null;
    }
  }

  async function onTimeUp() {
    const earlier = inFlight.current;
    // Read before the form is disabled: a disabled field is left out of its FormData.
    const unsaved = options.saveUnsaved();
    setTimeUp(true);
    await Promise.allSettled([earlier, unsaved]);
    const form = new FormData();
    form.set("attemptId", options.attemptId);
    form.set("assignmentId", options.assignmentId);
    const result = await submitAttemptAction({ error: null }, form).catch(() => ({
      error: "No connection: your answers are saved. Press “Submit quiz” to try again.",
    }));
    if (result.error) return setSubmitError(result.error);
    router.replace(`/student/assignments/${encodeURIComponent(options.assignmentId)}?ended=time`);
  }

  return { timeUp, submitError, track, onTimeUp };
}
