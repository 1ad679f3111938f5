import type { Metadata } from "next";
import { formatDateTime, formatPercent } from "@/app/_components/class-format";
import { QuestionTable, StudentTable } from "@/app/_components/report-tables";
import { ScoreChart } from "@/app/_components/score-chart";
import { requireUser } from "@/app/_server/current-user";
import { getAssignmentReport } from "@/app/_server/data/reports/get-assignment-report";
import { orNotFound } from "@/app/_server/page-guard";

export const metadata: Metadata = { title: "Assignment report" };

export default async function AssignmentReportPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const actor = await requireUser("teacher");
  const report = await orNotFound(getAssignmentReport({ actor, assignmentId: id }));
  const { assignment, completion } = report;
  return (
    <>
      <h1>{assignment.title}</h1>
      <p className="meta">
        {assignment.className} · {assignment.mode === "quiz" ? "Quiz" : "Practice"} · opens{" "}
        {formatDateTime(assignment.opensAt)} · due {formatDateTime(assignment.dueAt)}
      </p>
      <p>
        <strong>
          {completion.done} of {completion.total}
        </strong>{" "}
        students done · median score {formatPercent(report.medianScore)}
      </p>
      <div className="actions">
        <a className="button-link" href={`/api/assignments/${assignment.id}/scores.csv`} download>
          Download scores (CSV)
        </a>
        <a
          className="button-link"
          href={`/api/assignments/${assignment.id}/questions.csv`}
          download
        >
          Download question results (CSV)
        </a>
      </div>
      <ScoreChart bins={report.distribution} />
      <h2 id="students-heading">Students</h2>
      <StudentTable report={report} />
      <h2>Questions</h2>
      <QuestionTable report={report} />
    </>
  );
}
