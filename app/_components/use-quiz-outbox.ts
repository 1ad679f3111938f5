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

type Round = { refused: string[]; keptBecause: string | null };
export type KeptAfterFlush = { waiting: number; reason: string | null };

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

  // Sends every kept answer, one at a time. A call while a round is under way joins it, so a
  // Submit pressed during the "online" round waits for that round.
  const round = useRef<Promise<Round> | null>(null);
  const sendKept = useCallback((): Promise<Round> => {
    const sendEach = async (): Promise<Round> => {
      const refused: string[] = [];
      const kept = Object.entries(keptQuizAnswers(deviceSlot(), userId, attemptId));
      for (const [questionId, answer] of kept) {
        const outcome = await send(questionId, answer);
        // Still offline, or signed out: the rest would fail the same way.
        if (outcome.kind === "kept") return { refused, keptBecause: outcome.error };
        if (outcome.kind === "refused") refused.push(outcome.error);
      }
      return { refused, keptBecause: null };
    };
    round.current ??= sendEach().finally(() => (round.current = null));
    return round.current;
  }, [attemptId, send, userId]);

  const showRefusals = useCallback(({ refused }: Round) => {
    if (refused.length > 0) setRefusals(refused);
  }, []);
  const flush = useCallback(() => sendKept().then(showRefusals), [sendKept, showRefusals]);
  /** Sends what is kept before a submit: how many answers are still only on this device, and the
   * server's reason when it had one (a signed-out session, say) rather than no connection. */
  const flushForSubmit = useCallback(async (): Promise<KeptAfterFlush> => {
    const keptCount = () => Object.keys(keptQuizAnswers(deviceSlot(), userId, attemptId)).length;
    const joined = round.current !== null;
    let last = await sendKept();
    showRefusals(last);
    // A round already under way read the device before the newest answer was saved: one more.
    if (joined && keptCount() > 0) showRefusals((last = await sendKept()));
    return { waiting: keptCount(), reason: last.keptBecause };
  }, [attemptId, sendKept, showRefusals, userId]);

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
