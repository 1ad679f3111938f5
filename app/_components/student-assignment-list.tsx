import Link from "next/link";
import type { StudentAssignment } from "@/app/_server/data/assignments/student-assignments";
import { formatPercent } from "./class-format";
import { formatDateTime } from "./format-date-time";

const statusText = { todo: "To do", in_progress: "In progress", done: "Done" } as const;

type Props = { assignments: StudentAssignment[]; timeZone: string };

export function StudentAssignmentList({ assignments, timeZone }: Props) {
  if (assignments.length === 0) return <p>No assignments yet.</p>;
  return (
    <ul className="card-list">
      {assignments.map((a) => {
        const best = Math.max(-1, ...a.attempts.map((t) => t.score ?? -1));
        return (
          <li key={a.id}>
            <Link href={`/student/assignments/${a.id}`}>{a.title}</Link>
            <div className="meta">
              {a.className} · {a.mode === "quiz" ? "Quiz" : "Practice"} · due{" "}
              {formatDateTime(a.dueAt, timeZone)} · {statusText[a.status]}
              {best >= 0 && a.mode === "quiz" ? ` · ${formatPercent(best)}` : ""}
              {a.overdue ? <span className="badge late">Overdue</span> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
