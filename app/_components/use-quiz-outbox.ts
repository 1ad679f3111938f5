"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { recordAnswerAction } from "@/app/_server/actions/attempt-actions";
import { deviceSlot } from "./device-storage";
import {
  forgetQuizAnswer,
  keepQuizAnswer,
  keptQuizAnswers,
  type KeptQuizAnswer,
  type KeptQuizAnswers,
} from "./quiz-outbox";
import { isFinalRefusal } from "./study/answer-outbox";

export type SendOutcome =
  | { kind: "recorded" }
  /** Not recorded yet (no connection, or a refusal that may pass, like a signed-out session):
   * kept on the device and sent again later. */
  | { kind: "kept"; error: string | null }
  /** Refused for good (time up, attempt closed…): forgotten. */
  | { kind: "refused"; error: string };

type Options = { userId: string; attemptId: string; onRecorded: () => void };

// Every quiz answer goes through here: kept on the device first, then sent, then forgotten once
// the server has settled it (quiz-outbox.ts). Kept answers are sent again when the browser comes
// back online and when the quiz opens; every state change waits for a response, as in the study
// screen, so the first render matches the server's.
export function useQuizOutbox({ userId, attemptId, onRecorded }: Options) {
  const [unsent, setUnsent] = useState<KeptQuizAnswers>({});
  const [refusals, setRefusals] = useState<string[]>([]);

  const send = useCallback(
    async (questionId: string, answer: KeptQuizAnswer): Promise<SendOutcome> => {
      keepQuizAnswer(deviceSlot(), userId, attemptId, questionId, answer);
      const outcome = await deliver(attemptId, questionId, answer);
      const settled = outcome.kind !== "kept";
      const still = settled
        ? forgetQuizAnswer(deviceSlot(), userId, attemptId, questionId, answer.idempotencyKey)
        : keptQuizAnswers(deviceSlot(), userId, attemptId);
      setUnsent(still);
      if (outcome.kind === "recorded") onRecorded();
      return outcome;
    },
    [attemptId, onRecorded, userId],
  );

  // Sends every kept answer, one at a time; returns the refusals' messages. A call while a round
  // is under way joins it, so a Submit pressed during the "online" round waits for that round.
  const round = useRef<Promise<string[]> | null>(null);
  const sendKept = useCallback((): Promise<string[]> => {
    const sendEach = async () => {
      const refused: string[] = [];
      const kept = Object.entries(keptQuizAnswers(deviceSlot(), userId, attemptId));
      for (const [questionId, answer] of kept) {
        const outcome = await send(questionId, answer);
        if (outcome.kind === "kept") break; // still offline: the rest would fail the same way
        if (outcome.kind === "refused") refused.push(outcome.error);
      }
      return refused;
    };
    round.current ??= sendEach().finally(() => (round.current = null));
    return round.current;
  }, [attemptId, send, userId]);

  const showRefusals = useCallback((refused: string[]) => {
    if (refused.length > 0) setRefusals(refused);
  }, []);
  const flush = useCallback(() => sendKept().then(showRefusals), [sendKept, showRefusals]);
  /** Sends what is kept; resolves to how many answers are still only on this device. */
  const flushForSubmit = useCallback(async () => {
    await flush();
    return Object.keys(keptQuizAnswers(deviceSlot(), userId, attemptId)).length;
  }, [attemptId, flush, userId]);

  useEffect(() => {
    const again = () => void sendKept().then(showRefusals);
    again();
    window.addEventListener("online", again);
    return () => window.removeEventListener("online", again);
  }, [sendKept, showRefusals]);

  return { unsent, refusals, send, flush, flushForSubmit };
}

async function deliver(
  attemptId: string,
  questionId: string,
  answer: KeptQuizAnswer,
): Promise<SendOutcome> {
  try {
    const result = await recordAnswerAction({ attemptId, questionId, ...answer });
    if (!result.error) return { kind: "recorded" };
    const final = result.code !== undefined && isFinalRefusal(result.code);
    return final ? { kind: "refused", error: result.error } : { kind: "kept", error: result.error };
  } catch {
    return { kind: "kept", error: null };
  }
}
