"use client";

import { useRouter } from "next/navigation";
import { useCallback, useRef, useState, type FormEvent } from "react";
import { clampAnswerDuration } from "@/app/_domain/scheduling/answer-duration";
import type { AttemptForTaking, TakingQuestion } from "@/app/_server/data/attempts/get-attempt";
import { answerText } from "./answer-text";
import { plural } from "./plural";
import { QuestionInput } from "./question-input";
import { QuizCountdown } from "./quiz-countdown";
import { QuizSubmit } from "./quiz-submit";
import { useQuizOutbox, type SendOutcome } from "./use-quiz-outbox";
import { useTimeUpSubmit } from "./use-time-up-submit";

// One question per screen, as on a phone. Each question gets one idempotency key, so a retry
// after a dropped connection replays the same answer instead of recording a second one; a saved
// answer is kept on the device until the server has it (use-quiz-outbox.ts), so a quiz can go on
// through a lost signal.
export function QuizRunner({
  attempt,
  userId,
  serverNowMs,
}: {
  attempt: AttemptForTaking;
  userId: string;
  serverNowMs: number;
}) {
  const router = useRouter();
  const { questions } = attempt;
  const firstOpen = questions.findIndex((q) => !attempt.answers[q.id]);
  const [index, setIndex] = useState(firstOpen === -1 ? questions.length - 1 : firstOpen);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const keys = useRef(new Map<string, string>());
  const shownAt = useRef(0);
  const formRef = useRef<HTMLFormElement>(null);
  const refresh = useCallback(() => router.refresh(), [router]);
  const outbox = useQuizOutbox({ userId, attemptId: attempt.attemptId, onRecorded: refresh });
  const question = questions[index]!;
  const given = attempt.answers[question.id];
  const waiting = given ? undefined : outbox.unsent[question.id];
  const timer = useTimeUpSubmit({
    attemptId: attempt.attemptId,
    assignmentId: attempt.assignmentId,
    saveUnsaved: () => {
      const response = formRef.current ? responseOf(formRef.current) : "";
      const typed = given || waiting || response === "" ? null : save(response);
      return Promise.all([typed, outbox.flush()]);
    },
  });

  function save(response: string): Promise<SendOutcome> {
    const key = keys.current.get(question.id) ?? crypto.randomUUID();
    keys.current.set(question.id, key);
    // Date.now() can go back (the device's clock was set back): clamped into what the server takes.
    const durationMs = shownAt.current ? clampAnswerDuration(Date.now() - shownAt.current) : 0;
    return timer.track(outbox.send(question.id, { idempotencyKey: key, response, durationMs }));
  }

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const outcome = await save(responseOf(event.currentTarget));
    setPending(false);
    // A refusal, or a server message such as a signed-out session, stays on this question.
    if (outcome.kind !== "recorded" && outcome.error) return setError(outcome.error);
    // Offline, a quiz goes on to the next question; practice waits, as its check needs the server.
    if (attempt.mode === "quiz" && index < questions.length - 1) move(index + 1);
  }

  function move(to: number) {
    setIndex(to);
    setError(null);
    shownAt.current = Date.now();
  }

  const answeredCount = questions.filter((q) => attempt.answers[q.id]).length;
  const waitingCount = questions.filter(
    (q) => !attempt.answers[q.id] && outbox.unsent[q.id],
  ).length;
  const unanswered = questions.length - answeredCount - waitingCount;
  // Every answer kept on the device, also a changed answer to a question already answered.
  const keptCount = Object.keys(outbox.unsent).length;
  return (
    <section aria-labelledby="quiz-progress" className="quiz">
      {attempt.deadlineAt ? (
        <QuizCountdown
          deadlineAt={attempt.deadlineAt}
          serverNowMs={serverNowMs}
          onTimeUp={timer.onTimeUp}
        />
      ) : null}
      {timer.timeUp ? <TimeUpNotice error={timer.submitError} /> : null}
      <p id="quiz-progress" className="meta">
        Question {index + 1} of {questions.length} · {answeredCount} answered
      </p>
      <p role="status" className="meta">
        {keptCount > 0
          ? `Not sent yet: ${plural(keptCount, "answer is", "answers are")} kept on this device and will be sent by ${keptCount === 1 ? "itself" : "themselves"}.`
          : ""}
      </p>
      {outbox.refusals.map((refusal, at) => (
        <p key={at} className="form-error" role="alert">
          An answer kept on this device was not recorded: {refusal}
        </p>
      ))}
      <form
        onSubmit={send}
        className="stack"
        key={question.id}
        ref={formRef}
        onFocus={() => (shownAt.current ||= Date.now())}
      >
        <fieldset disabled={timer.timeUp} className="plain-fieldset stack">
          <QuestionPrompt question={question} />
          {given ? (
            <p className="meta">
              Your answer: <strong>{answerText(given.response) || "(no answer)"}</strong>
            </p>
          ) : waiting ? (
            <p className="meta">
              Your answer: <strong>{answerText(waiting.response)}</strong> (kept on this device
              until it is sent)
            </p>
          ) : (
            <QuestionInput question={question} />
          )}
          {given?.feedback ? <Feedback feedback={given.feedback} /> : null}
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          {given || timer.timeUp ? null : waiting ? (
            <button type="button" className="secondary" onClick={() => void outbox.flush()}>
              Send now
            </button>
          ) : (
            <>
              <button type="submit" disabled={pending}>
                {pending ? "Saving…" : attempt.mode === "quiz" ? "Save answer" : "Check"}
              </button>
              {/* Each saved answer also reviews the student's card (FSRS): it cannot be taken
                  back, so say so before the tap, not after. */}
              <p className="meta">
                {attempt.mode === "quiz"
                  ? "A saved answer is final; you can skip a question and come back to it."
                  : "A checked answer is final."}
              </p>
            </>
          )}
        </fieldset>
      </form>
      <nav className="actions quiz-nav" aria-label="Questions">
        <button
          type="button"
          className="secondary"
          disabled={index === 0}
          onClick={() => move(index - 1)}
        >
          Previous
        </button>
        <button
          type="button"
          className="secondary"
          disabled={index === questions.length - 1}
          onClick={() => move(index + 1)}
        >
          Next
        </button>
      </nav>
      <QuizSubmit
        attemptId={attempt.attemptId}
        assignmentId={attempt.assignmentId}
        mode={attempt.mode}
        unanswered={unanswered}
        confirmUnanswered={!timer.timeUp}
        keptCount={keptCount}
        flushKept={outbox.flushForSubmit}
      />
    </section>
  );
}

const responseOf = (form: HTMLFormElement) => String(new FormData(form).get("response") ?? "");

// Visible, not live: the countdown's polite region already says "Time is up." once.
function TimeUpNotice({ error }: { error: string | null }) {
  return (
    <div className="time-up">
      <p>
        <strong>Time is up.</strong>{" "}
        {error ? null : "No more answers can be given; your answers are being submitted."}
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function QuestionPrompt({ question }: { question: TakingQuestion }) {
  return <h2 className="quiz-prompt">{question.prompt}</h2>;
}

function Feedback({
  feedback,
}: {
  feedback: NonNullable<AttemptForTaking["answers"][string]["feedback"]>;
}) {
  return (
    <div className={feedback.correct ? "feedback ok" : "feedback wrong"} role="status">
      <p>
        <strong>{feedback.correct ? "Correct." : "Not quite."}</strong> Answer: {feedback.answer}
      </p>
      <blockquote>
        {feedback.sourceQuote} <a href={feedback.sourceHref}>Source</a>
      </blockquote>
    </div>
  );
}
