import Link from "next/link";
import type { AttemptResults } from "@/app/_server/data/attempts/get-attempt";
import { answerText } from "./answer-text";
import { formatPercent } from "./class-format";

type Props = {
  results: AttemptResults;
  /** The teacher reads someone else's answers: they are named, not "your". */
  viewer?: "student" | "teacher";
};

export function AttemptResultsView({ results, viewer = "student" }: Props) {
  const given = viewer === "teacher" ? `${results.studentName}’s answer` : "your answer";
  const expected = viewer === "teacher" ? "correct answer" : "answer";
  const right = results.items.filter((item) => item.correct).length;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">
        Score: {formatPercent(results.score)} ({right} of {results.items.length} correct)
      </h2>
      {results.late ? <p className="badge late">Submitted late</p> : null}
      <ol className="card-list results-list">
        {results.items.map((item) => (
          <li key={item.questionId} className={item.correct ? "result ok" : "result wrong"}>
            <p className="quiz-prompt">{item.prompt}</p>
            <p>
              <strong>{item.correct ? "Correct" : "Wrong"}</strong> · {given}:{" "}
              {item.response === null ? "(no answer)" : answerText(item.response)}
              {item.correct ? null : (
                <>
                  {" "}
                  · {expected}: <strong>{answerText(item.answer)}</strong>
                </>
              )}
            </p>
            <blockquote>
              “{item.sourceQuote}” — <Link href={item.sourceHref}>{item.articleTitle}</Link>
            </blockquote>
          </li>
        ))}
      </ol>
    </section>
  );
}
