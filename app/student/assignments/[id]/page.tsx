import type { Metadata } from "next";
import { ActionForm } from "@/app/_components/action-form";
import { AttemptResultsView } from "@/app/_components/attempt-results";
import { formatDateTime } from "@/app/_components/format-date-time";
import { QuizRunner } from "@/app/_components/quiz-runner";
import { startAttemptAction } from "@/app/_server/actions/attempt-actions";
import { requireUser } from "@/app/_server/current-user";
import {
  getAssignmentForStudent,
  type StudentAssignment,
} from "@/app/_server/data/assignments/student-assignments";
import { getAttemptForTaking, getAttemptResults } from "@/app/_server/data/attempts/get-attempt";
import { orNotFound } from "@/app/_server/page-guard";
import { viewerTimeZone } from "@/app/_server/viewer-time-zone";

export const metadata: Metadata = { title: "Assignment" };

function canStart(assignment: StudentAssignment, now: Date): boolean {
  if (now < assignment.opensAt || assignment.archivedAt) return false;
  if (assignment.mode === "practice") return assignment.status !== "done";
  return assignment.attempts.length < assignment.maxAttempts;
}

/**
 * Starting again sits above the last results; one stray tap would leave them for an empty attempt
 * and use one of the attempts allowed, so it asks first.
 */
function restartQuestion(assignment: StudentAssignment) {
  const done = assignment.attempts.length;
  if (done === 0) return undefined;
  const which =
    assignment.mode === "quiz" ? `attempt ${done + 1} of ${assignment.maxAttempts}` : "again";
  return {
    question: `Start ${which}? It begins with no answers; your results so far are kept.`,
    confirmLabel: "Start now",
  };
}

export default async function StudentAssignmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ ended?: string | string[] }>;
}) {
  const { id } = await params;
  const endedByTimer = (await searchParams).ended === "time";
  const actor = await requireUser("student");
  const now = new Date();
  const assignment = await orNotFound(getAssignmentForStudent({ actor, assignmentId: id, now }));
  const timeZone = await viewerTimeZone(actor);
  // An attempt whose time ran out while the page was closed opens too: its countdown shows time
  // up at once and submits it, so the student sees the result instead of an empty page.
  const open = assignment.archivedAt
    ? undefined
    : assignment.attempts.find((a) => a.submittedAt === null);
  const lastSubmitted = assignment.attempts.findLast((a) => a.submittedAt !== null);
  return (
    <>
      <h1>{assignment.title}</h1>
      <p className="meta">
        {assignment.className} · {assignment.mode === "quiz" ? "Quiz" : "Practice"} · due{" "}
        {formatDateTime(assignment.dueAt, timeZone)}
        {assignment.overdue ? <span className="badge late"> Overdue</span> : null}
      </p>
      {assignment.practiceProgress ? (
        <p>
          {assignment.practiceProgress.correct} of {assignment.practiceProgress.total} questions
          answered correctly
          {assignment.status === "done" ? " — done." : "."}
        </p>
      ) : null}
      {open ? (
        <QuizRunner
          attempt={await getAttemptForTaking({ actor, attemptId: open.id })}
          userId={actor.id}
          serverNowMs={now.getTime()}
        />
      ) : (
        <>
          {assignment.archivedAt ? (
            <p>Your teacher removed this assignment. Your results so far are kept.</p>
          ) : null}
          {now < assignment.opensAt ? (
            <p>This assignment opens {formatDateTime(assignment.opensAt, timeZone)}.</p>
          ) : null}
          {canStart(assignment, now) ? (
            <ActionForm
              action={startAttemptAction}
              hidden={{ assignmentId: id }}
              submitLabel={assignment.attempts.length > 0 ? "Start again" : "Start"}
              pendingLabel="Starting…"
              confirm={restartQuestion(assignment)}
            />
          ) : null}
          {lastSubmitted && endedByTimer ? (
            <p className="time-up" role="status">
              <strong>Time is up.</strong> Your answers were submitted; unanswered questions count
              as wrong.
            </p>
          ) : null}
          {lastSubmitted ? (
            <AttemptResultsView
              results={await getAttemptResults({ actor, attemptId: lastSubmitted.id })}
            />
          ) : null}
        </>
      )}
    </>
  );
}
