import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentForm } from "@/app/_components/assignment-form";
import { formatDateTime } from "@/app/_components/format-date-time";
import { plural } from "@/app/_components/plural";
import { requireUser } from "@/app/_server/current-user";
import {
  listAssignmentsForTeacher,
  type AssignmentSummary,
} from "@/app/_server/data/assignments/create-assignment";
import { listClasses } from "@/app/_server/data/classes/list-classes";
import { listQuestionSets } from "@/app/_server/data/sets/question-sets";
import { viewerTimeZone } from "@/app/_server/viewer-time-zone";

export const metadata: Metadata = { title: "Assignments" };

const removedNotice = {
  deleted: "Assignment deleted.",
  archived: "Assignment archived: students no longer see it; its report is under Archived.",
} as const;

type ListProps = { assignments: AssignmentSummary[]; timeZone: string };

function AssignmentList({ assignments, timeZone }: ListProps) {
  return (
    <ul className="card-list">
      {assignments.map((a) => (
        <li key={a.id}>
          <Link href={`/teacher/assignments/${a.id}`}>{a.title}</Link>
          <div className="meta">
            {a.className} · {a.mode} · due {formatDateTime(a.dueAt, timeZone)}
          </div>
        </li>
      ))}
    </ul>
  );
}

export default async function AssignmentsPage({
  searchParams,
}: {
  searchParams: Promise<{ removed?: string | string[] }>;
}) {
  const { removed } = await searchParams;
  const notice = removed === "deleted" || removed === "archived" ? removedNotice[removed] : null;
  const actor = await requireUser("teacher");
  const [assignments, classes, sets, timeZone] = await Promise.all([
    listAssignmentsForTeacher({ actor }),
    listClasses({ actor }),
    listQuestionSets({ actor }),
    viewerTimeZone(actor),
  ]);
  const active = assignments.filter((a) => !a.archivedAt);
  const archived = assignments.filter((a) => a.archivedAt);
  return (
    <>
      <h1>Assignments</h1>
      {notice ? (
        <p className="form-notice" role="status">
          {notice}
        </p>
      ) : null}
      {active.length === 0 ? (
        <p>No assignments yet.</p>
      ) : (
        <AssignmentList assignments={active} timeZone={timeZone} />
      )}
      {archived.length > 0 ? (
        <>
          <h2>Archived</h2>
          <p className="meta">Removed after students started them; their results stay here.</p>
          <AssignmentList assignments={archived} timeZone={timeZone} />
        </>
      ) : null}
      <h2>New assignment</h2>
      {classes.length === 0 || sets.length === 0 ? (
        <p>
          Create a <Link href="/teacher/classes">class</Link> and a{" "}
          <Link href="/teacher/sets">question set</Link> first.
        </p>
      ) : (
        <AssignmentForm
          classes={classes.map((c) => ({ id: c.id, label: c.name }))}
          sets={sets.map((s) => ({
            id: s.id,
            label: `${s.title} (${plural(s._count.items, "question", "questions")})`,
          }))}
        />
      )}
    </>
  );
}
