import type { Metadata } from "next";
import { headers } from "next/headers";
import { ActionForm } from "@/app/_components/action-form";
import { formatDateTime } from "@/app/_components/class-format";
import { regenerateJoinCodeAction, removeStudentAction } from "@/app/_server/actions/class-actions";
import { requireUser } from "@/app/_server/current-user";
import { getClassRoster } from "@/app/_server/data/classes/list-classes";
import { orNotFound } from "@/app/_server/page-guard";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser("teacher");
  const roster = await orNotFound(getClassRoster({ actor, classId: id }));
  const host = (await headers()).get("host") ?? "localhost";
  const joinPath = `/join/${roster.joinCode}`;
  return (
    <>
      <h1>{roster.name}</h1>
      <section aria-labelledby="join-heading" className="join-box">
        <h2 id="join-heading">Join code</h2>
        <p className="join-code" data-testid="join-code">
          {roster.joinCode}
        </p>
        <p>
          Join link: <a href={joinPath}>{`${host}${joinPath}`}</a>
        </p>
        {roster.joinCodeExpiresAt ? (
          <p className="meta">Expires {formatDateTime(roster.joinCodeExpiresAt)}</p>
        ) : null}
        <ActionForm
          action={regenerateJoinCodeAction}
          hidden={{ classId: roster.id }}
          submitLabel="New join code"
          buttonClassName="secondary"
        />
      </section>
      <h2>Students ({roster.students.length})</h2>
      {roster.students.length === 0 ? (
        <p>No students yet. Share the code or the link.</p>
      ) : (
        <ul className="card-list">
          {roster.students.map((s) => (
            <li key={s.id} className="row-with-action">
              <div>
                {s.name}
                <div className="meta">{s.email}</div>
              </div>
              <ActionForm
                action={removeStudentAction}
                hidden={{ classId: roster.id, studentId: s.id }}
                submitLabel={`Remove ${s.name}`}
                buttonClassName="danger"
                className="inline-form"
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
