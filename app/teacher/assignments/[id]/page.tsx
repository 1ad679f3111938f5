import type { Metadata } from "next";
import { z } from "zod";
import { ActionForm } from "@/app/_components/action-form";
import { AssignmentEditForm } from "@/app/_components/assignment-edit-form";
import { formatPercent } from "@/app/_components/class-format";
import { formatDateTime } from "@/app/_components/format-date-time";
import { QuestionTable, StudentTable } from "@/app/_components/report-tables";
import { ScoreChart } from "@/app/_components/score-chart";
import { restoreAssignmentAction } from "@/app/_server/actions/assignment-actions";
import { requireUser } from "@/app/_server/current-user";
import { getAssignmentReport } from "@/app/_server/data/reports/get-assignment-report";
import { orNotFound } from "@/app/_server/page-guard";
import { viewerTimeZone } from "@/app/_server/viewer-time-zone";

export const metadata: Metadata = { title: "Assignment report" };

// Set by restoreAssignmentAction's redirect.
const restoredNotice = {
  restored:
    "Assignment restored: students see it again; attempts closed by archiving keep their scores.",
  past_due:
    "Assignment restored: students see it again, past due; new attempts are marked late unless you set a later due date below.",
  not_archived: "This assignment was not archived; nothing changed.",
} as const;

// Anything else in the query (a hand-edited or repeated key) shows no notice.
const searchSchema = z.object({
  restored: z.enum(["restored", "past_due", "not_archived"]).optional().catch(undefined),
});

export default async function AssignmentReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const { id } = await params;
  const { restored } = searchSchema.parse(await searchParams);
  const notice = restored ? restoredNotice[restored] : null;
  const actor = await requireUser("teacher");
  const report = await orNotFound(getAssignmentReport({ actor, assignmentId: id }));
  const timeZone = await viewerTimeZone(actor);
  const at = (date: Date) => formatDateTime(date, timeZone);
  const { assignment, completion } = report;
  return (
    <>
      <h1>{assignment.title}</h1>
      <p className="meta">
        {assignment.className} · {assignment.mode === "quiz" ? "Quiz" : "Practice"} · opens{" "}
        {at(assignment.opensAt)} · due {at(assignment.dueAt)} ·{" "}
        {assignment.maxAttempts === 1 ? "1 attempt" : `${assignment.maxAttempts} attempts`} ·{" "}
        {assignment.timeLimitSeconds === null
          ? "no time limit"
          : `time limit ${assignment.timeLimitSeconds / 60} min`}
        {assignment.archivedAt ? <span className="badge archived">Archived</span> : null}
      </p>
      {notice ? (
        <p className="form-notice" role="status">
          {notice}
        </p>
      ) : null}
      {assignment.archivedAt ? (
        <>
          <p>
            Archived {at(assignment.archivedAt)}: students no longer see it; its results stay here.
          </p>
          <p className="hint">
            Restoring shows it to students again. Attempts that archiving closed stay submitted with
            their scores and count toward the attempt limit.
          </p>
          <ActionForm
            action={restoreAssignmentAction}
            hidden={{ assignmentId: assignment.id }}
            submitLabel="Restore assignment"
            pendingLabel="Restoring…"
          />
        </>
      ) : null}
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
      <p className="meta">
        Question statistics count each student&rsquo;s first submitted attempt; scores above are
        each student&rsquo;s best attempt.
      </p>
      <QuestionTable report={report} />
      {assignment.archivedAt ? null : (
        <section aria-labelledby="settings-heading">
          <h2 id="settings-heading">Change or remove</h2>
          <AssignmentEditForm
            assignment={assignment}
            dueText={at(assignment.dueAt)}
            started={report.students.some((s) => s.attempts > 0)}
          />
        </section>
      )}
    </>
  );
}
