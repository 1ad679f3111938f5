"use client";

import { useEffect, useRef } from "react";
import { answerText } from "../answer-text";
import { distinctVariants } from "@/app/_domain/grading";
import { nextReviewLine } from "./next-review-line";
import type { AnswerResult, Asked } from "./study-types";
import { sourceHrefFromStudy } from "./study-return";
import { useKey } from "./use-key";

type Props = {
  result: AnswerResult;
  asked: Asked | null;
  articleIds: readonly string[];
  onNext: () => void;
};

// True/false answers are stored as "true"/"false"; the buttons said "True"/"False".
// Immediate feedback: the question again, the student's answer beside the correct one (a miss is
// learnt from by comparing them), the sentence that proves it, one tap from the article itself,
// and when the card comes back. Enter or Space goes on.
export function FeedbackView({ result, asked, articleIds, onNext }: Props) {
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => next.current?.focus(), []);
  useKey((event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    onNext();
  });
  const others = distinctVariants(result.expectedAnswer, result.accepted);
  const verdict = result.correct === null ? "Rated" : result.correct ? "Correct" : "Not quite";
  return (
    <section
      aria-live="polite"
      className={`study-card feedback ${result.correct === false ? "wrong" : "right"}`}
    >
      <h2>{verdict}</h2>
      {asked ? <p className="meta feedback-prompt">{asked.prompt}</p> : null}
      {asked?.response && result.correct === false ? (
        <p>
          Your answer: <span className="given-answer">{answerText(asked.response)}</span>
        </p>
      ) : null}
      <p>
        Answer: <strong>{answerText(result.expectedAnswer)}</strong>
      </p>
      {others.length > 0 ? <p className="meta">Also accepted: {others.join(", ")}</p> : null}
      <figure className="source">
        <blockquote>{result.source.quote}</blockquote>
        <figcaption>
          {/* A full navigation, so the reader highlights the sentence (see article-reader.tsx). */}
          <a href={sourceHrefFromStudy(result.source.href, articleIds)} className="tap-link">
            Read it in the article
          </a>
        </figcaption>
      </figure>
      <p className="meta">
        {nextReviewLine(new Date(result.nextDue), new Date(result.reviewedAt))}
      </p>
      <button ref={next} type="button" className="main-action" onClick={onNext}>
        Next <kbd aria-hidden="true">Enter</kbd>
      </button>
    </section>
  );
}
