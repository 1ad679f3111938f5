"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { clampAnswerDuration } from "@/app/_domain/scheduling/answer-duration";
import { deviceSlot, forgetAnswer, isFinalRefusal, keepAnswer, keptAnswer } from "./answer-outbox";
import { DoneView } from "./done-view";
import { laterTodayLine, leftToday } from "./later-today-line";
import { promptUnderLabel } from "./prompt-under-label";
import { FeedbackView } from "./feedback-view";
import { rememberSession, sessionToContinue, tabSlot } from "./session-memory";
import { QuestionView } from "./question-view";
import {
  fetchNext,
  learnMoreToday,
  pendingAnswer,
  sendAnswer,
  undoAnswer,
  type Outcome,
  type PendingAnswer,
} from "./study-api";
import type { Answer, AnswerResult, Asked, NextResponse, StudyItem } from "./study-types";
import { useKey } from "./use-key";

type Screen =
  | { kind: "loading" }
  | { kind: "question"; next: NextResponse; shownAt: number }
  | { kind: "feedback"; result: AnswerResult; asked: Asked | null }
  | { kind: "done"; next: NextResponse }
  | { kind: "error"; message: string; retry: PendingAnswer | null; asked?: Asked | null }; // null: retry loading

type Props = { articleIds: string[]; userId: string };

const askedOf = (item: StudyItem, given: Answer): Asked => ({
  // As the card showed it.
  prompt: promptUnderLabel(item.type, item.prompt),
  // A flashcard's student rates recall; there is no answer of theirs to show.
  response: given.selfRating === undefined ? given.response : null,
});

export function StudySession({ articleIds, userId }: Props) {
  const [screen, setScreen] = useState<Screen>({ kind: "loading" });
  const [status, setStatus] = useState("");
  const [answered, setAnswered] = useState(0);
  const [lastReviewId, setLastReviewId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const articles = useRef(articleIds);

  // Fetches the next item; every state change happens after the response, so the first fetch
  // can run from an effect (the screen starts as "loading").
  const show = useCallback(async () => {
    const outcome = await fetchNext(articles.current);
    if (!outcome.ok)
      return setScreen({ kind: "error", message: outcome.error.message, retry: null });
    const next = outcome.value;
    setScreen(
      next.item ? { kind: "question", next, shownAt: performance.now() } : { kind: "done", next },
    );
  }, []);

  const load = useCallback(async () => {
    setScreen({ kind: "loading" });
    await show();
  }, [show]);

  // Shows what came of sending an answer. The answer stays kept on the device (answer-outbox.ts)
  // until the server has settled it: recorded, or refused for good.
  const showOutcome = useCallback(
    (
      pending: PendingAnswer,
      outcome: Outcome<AnswerResult>,
      asked: Asked | null,
      recordedNote = "",
    ) => {
      setBusy(false);
      if (outcome.ok || isFinalRefusal(outcome.error.code)) {
        forgetAnswer(deviceSlot(), userId, pending.idempotencyKey);
      }
      if (outcome.ok) {
        setAnswered((n) => n + 1);
        setLastReviewId(outcome.value.reviewId);
        setStatus(recordedNote);
        return setScreen({ kind: "feedback", result: outcome.value, asked });
      }
      if (outcome.error.code === "stale") {
        setStatus(outcome.error.message);
        return void load();
      }
      setScreen({ kind: "error", message: outcome.error.message, retry: pending, asked });
    },
    [load, userId],
  );

  // One answer on its way at a time: a tap on "Try again" and the browser coming back online at
  // once send it once (a second send would be recorded once, but counted twice on this screen).
  const sending = useRef(false);
  const sendOnce = useCallback(
    (pending: PendingAnswer): Promise<Outcome<AnswerResult>> | null => {
      if (sending.current) return null;
      sending.current = true;
      keepAnswer(deviceSlot(), userId, pending);
      return sendAnswer(pending).finally(() => {
        sending.current = false;
      });
    },
    [userId],
  );

  const submit = useCallback(
    async (pending: PendingAnswer, asked: Asked | null) => {
      const sent = sendOnce(pending);
      if (!sent) return;
      setBusy(true);
      showOutcome(pending, await sent, asked);
    },
    [sendOnce, showOutcome],
  );

  // A session left a moment ago to read a source goes on where it was (session-memory.ts). An
  // answer this device could not send last time goes first, under its own key; it is recorded at
  // the time it reaches the server. Every state change waits for a response, as in show().
  const remembering = useRef(false);
  useEffect(() => {
    const earlier = sessionToContinue(tabSlot(), userId, Date.now());
    const continueEarlier = () => {
      remembering.current = true;
      if (!earlier) return;
      setAnswered(earlier.answered);
      setLastReviewId(earlier.lastReviewId);
    };
    const kept = keptAnswer(deviceSlot(), userId);
    if (!kept) return void show().then(continueEarlier);
    void sendOnce(kept)?.then((outcome) => {
      continueEarlier();
      showOutcome(kept, outcome, null, "Your answer from last time is now recorded.");
    });
  }, [sendOnce, show, showOutcome, userId]);

  useEffect(() => {
    if (!remembering.current) return;
    rememberSession(tabSlot(), userId, { answered, lastReviewId, savedAt: Date.now() });
  }, [answered, lastReviewId, userId]);

  // Back online: send the kept answer (or load) again without waiting for a tap.
  const retry = screen.kind === "error" ? screen : null;
  useEffect(() => {
    if (!retry) return;
    const again = () => void (retry.retry ? submit(retry.retry, retry.asked ?? null) : load());
    window.addEventListener("online", again);
    return () => window.removeEventListener("online", again);
  }, [retry, submit, load]);

  // "Done for now" while a learning step is still to come today: the card shows when it is due,
  // without a reload. The wait is the server's (a device's clock may be off by hours); a step
  // loaded for and still not shown waits a minute more, never a loop of requests.
  const later = screen.kind === "done" ? screen.next.laterToday : undefined;
  const laterAt = later?.nextAt ?? null;
  const laterInMs = later?.inMs ?? null;
  const loadedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!laterAt) return;
    const byClock = new Date(laterAt).getTime() - Date.now();
    const wait = Math.max(laterInMs ?? byClock, loadedFor.current === laterAt ? 60_000 : 0);
    const timer = window.setTimeout(
      () => {
        loadedFor.current = laterAt;
        void load();
      },
      Math.min(wait, 2 ** 31 - 1),
    );
    return () => window.clearTimeout(timer);
  }, [laterAt, laterInMs, load]);

  const answer = (given: Answer) => {
    if (screen.kind !== "question" || !screen.next.item) return;
    const duration = clampAnswerDuration(performance.now() - screen.shownAt);
    const item = screen.next.item;
    void submit(
      pendingAnswer(item, given.response, duration, given.selfRating),
      askedOf(item, given),
    );
  };

  // "Learn more today": the allowance is set on the server for the study day the offer was made
  // on, then the next question is loaded. Refused because that day has ended, the message says so
  // and the new day's queue is loaded.
  const learnMore = useCallback(
    async (extraNewCards: number, day: string) => {
      setBusy(true);
      const outcome = await learnMoreToday(extraNewCards, day);
      setBusy(false);
      if (!outcome.ok) {
        setStatus(outcome.error.message);
        if (outcome.error.code === "conflict") void load();
        return;
      }
      setStatus("");
      void load();
    },
    [load],
  );

  const undo = useCallback(async () => {
    if (!lastReviewId || busy) return;
    setBusy(true);
    const outcome = await undoAnswer(lastReviewId);
    setBusy(false);
    if (!outcome.ok) return setStatus(outcome.error.message);
    setLastReviewId(null);
    setAnswered((n) => Math.max(0, n - 1));
    setStatus("Answer undone.");
    void load();
  }, [busy, lastReviewId, load]);

  useKey((event) => {
    if (event.key.toLowerCase() !== "z") return;
    event.preventDefault();
    void undo();
  });

  return (
    <div className="stack">
      <div className="session-bar">
        <span>{answered} answered</span>
        {screen.kind === "question" ? <span>{leftToday(screen.next)} left today</span> : null}
        <button
          type="button"
          className="link-button"
          onClick={() => void undo()}
          disabled={!lastReviewId || busy}
        >
          Undo <kbd aria-hidden="true">Z</kbd>
        </button>
      </div>
      <p role="status" className="meta study-status">
        {status}
      </p>
      {screen.kind === "loading" ? <p>Loading…</p> : null}
      {screen.kind === "question" && screen.next.item ? (
        <QuestionView
          key={`${screen.next.item.questionId}-${screen.next.item.cardVersion}`}
          item={screen.next.item}
          busy={busy}
          onAnswer={answer}
        />
      ) : null}
      {screen.kind === "feedback" ? (
        <FeedbackView
          result={screen.result}
          asked={screen.asked}
          articleIds={articleIds}
          onNext={() => void load()}
        />
      ) : null}
      {screen.kind === "done" ? (
        <DoneView
          answered={answered}
          tomorrow={screen.next.tomorrow}
          laterToday={laterTodayLine(screen.next.laterToday)}
          learnMore={screen.next.learnMore}
          busy={busy}
          onLearnMore={(extraNewCards) => void learnMore(extraNewCards, screen.next.studyDay.key)}
        />
      ) : null}
      {screen.kind === "error" ? (
        <div role="alert" className="study-card">
          <p>{screen.message}</p>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void (screen.retry ? submit(screen.retry, screen.asked ?? null) : load())
            }
          >
            Try again
          </button>
        </div>
      ) : null}
    </div>
  );
}
