"use client";

import { useEffect, useRef } from "react";
import { distinctVariants } from "@/app/_domain/grading";
import type { AnswerResult } from "./study-types";
import { sourceHrefFromStudy } from "./study-return";
import { useKey } from "./use-key";

type Props = { result: AnswerResult; articleIds: readonly string[]; onNext: () => void };

// True/false answers are stored as "true"/"false"; the buttons said "True"/"False".
const shown = (answer: string) =>
  answer === "true" ? "True" : answer === "false" ? "False" : answer;

// Immediate feedback with the correct answer and the sentence that proves it, one tap from the
// article itself. Enter or Space goes on.
export function FeedbackView({ result, articleIds, onNext }: Props) {
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
      <p>
        Answer: <strong>{shown(result.expectedAnswer)}</strong>
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
      <button ref={next} type="button" className="main-action" onClick={onNext}>
        Next <kbd aria-hidden="true">Enter</kbd>
      </button>
    </section>
  );
}
