import Link from "next/link";
import { worthALook } from "@/app/_domain/reports";
import type { AssignmentReport } from "@/app/_server/data/reports/get-assignment-report";
import { formatDuration, formatPercent } from "./class-format";

const statusText = {
  done: "Done",
  in_progress: "In progress",
  not_started: "Not started",
} as const;
const index = (value: number | null) => (value === null ? "—" : value.toFixed(2));

export function StudentTable({ report }: { report: AssignmentReport }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="students-heading" tabIndex={0}>
      <table>
        <caption className="visually-hidden">Scores per student</caption>
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col">Status</th>
            <th scope="col">Score</th>
            <th scope="col">Time</th>
            <th scope="col">Attempts</th>
          </tr>
        </thead>
        <tbody>
          {report.students.map((s) => (
            <tr key={s.studentId}>
              <th scope="row">
                {s.name}
                {s.enrolled ? "" : " (removed)"}
              </th>
              <td>
                {statusText[s.status]}
                {s.late ? <span className="badge late">Late</span> : null}
              </td>
              <td>
                {s.bestAttemptId ? (
                  <Link href={`/teacher/attempts/${s.bestAttemptId}`}>
                    {formatPercent(s.score)}
                  </Link>
                ) : (
                  "—"
                )}
              </td>
              <td>{formatDuration(s.timeSeconds)}</td>
              <td>{s.attempts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Which questions are flagged: worthALook (app/_domain/reports/item-statistics.ts).
export function QuestionTable({ report }: { report: AssignmentReport }) {
  return (
    <ol className="card-list question-report">
      {report.questions.map((q) => {
        const flagged = worthALook(q);
        return (
          <li key={q.questionId} data-question-id={q.questionId}>
            <p className="quiz-prompt">{q.prompt}</p>
            <dl className="stats">
              <div>
                <dt>Correct</dt>
                <dd>
                  {formatPercent(q.facility)} of {q.responses}
                </dd>
              </div>
              <div>
                <dt>Discrimination</dt>
                <dd>{index(q.upperLowerIndex)}</dd>
              </div>
              <div>
                <dt>Point-biserial</dt>
                <dd>{index(q.pointBiserial)}</dd>
              </div>
              <div>
                <dt>Answer</dt>
                <dd>{q.answer}</dd>
              </div>
            </dl>
            {flagged ? <p className="badge late">Worth a look</p> : null}
            <p>
              Common wrong answers:{" "}
              {q.wrongAnswers.length === 0
                ? "none"
                : q.wrongAnswers.map((w) => `${w.response} (${w.count})`).join(", ")}
            </p>
            <blockquote>
              “{q.sourceQuote}” — <Link href={q.sourceHref}>{q.articleTitle}</Link>
            </blockquote>
          </li>
        );
      })}
    </ol>
  );
}
