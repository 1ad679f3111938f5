"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { recordAnswerAction } from "@/app/_server/actions/attempt-actions";
import type { AttemptForTaking, TakingQuestion } from "@/app/_server/data/attempts/get-attempt";
import { QuestionInput } from "./question-input";
import { QuizCountdown } from "./quiz-countdown";
import { useTimeUpSubmit } from "./use-time-up-submit";

// One question per screen, as on a phone. Each question gets one idempotency key, so a retry
// after a dropped connection replays the same answer instead of recording a second one.
export function QuizRunner({
  attempt,
  serverNowMs,
}: {
  attempt: AttemptForTaking;
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
  const question = questions[index]!;
  const given = attempt.answers[question.id];
  const timer = useTimeUpSubmit({
    attemptId: attempt.attemptId,
    assignmentId: attempt.assignmentId,
    saveUnsaved: () => {
      const response = formRef.current ? responseOf(formRef.current) : "";
      return given || response === "" ? null : save(response);
    },
  });

  function save(response: string) {
    const key = keys.current.get(question.id) ?? crypto.randomUUID();
    keys.current.set(question.id, key);
    const durationMs = shownAt.current ? Math.min(Date.now() - shownAt.current, 86_400_000) : 0;
    return timer.track(
      recordAnswerAction({
        attemptId: attempt.attemptId,
        questionId: question.id,
        response,
        idempotencyKey: key,
        durationMs,
      }).catch(() => ({ error: "No connection. Try again." })),
    );
  }

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await save(responseOf(event.currentTarget));
    setPending(false);
    if (result.error) return setError(result.error);
    router.refresh();
    if (attempt.mode === "quiz" && index < questions.length - 1) move(index + 1);
  }

  function move(to: number) {
    setIndex(to);
    setError(null);
    shownAt.current = Date.now();
  }

  const answeredCount = questions.filter((q) => attempt.answers[q.id]).length;
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
              Your answer: <strong>{given.response || "(no answer)"}</strong>
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
          {given || timer.timeUp ? null : (
            <button type="submit" disabled={pending}>
              {pending ? "Saving…" : attempt.mode === "quiz" ? "Save answer" : "Check"}
            </button>
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
