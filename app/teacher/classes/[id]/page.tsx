import type { Metadata } from "next";
import { ActionForm } from "@/app/_components/action-form";
import { JoinLink } from "@/app/_components/join-link";
import { joinCodeState } from "@/app/_domain/classes";
import { formatDateTime } from "@/app/_components/format-date-time";
import { regenerateJoinCodeAction, removeStudentAction } from "@/app/_server/actions/class-actions";
import { requireUser } from "@/app/_server/current-user";
import { getClassRoster } from "@/app/_server/data/classes/list-classes";
import { orNotFound } from "@/app/_server/page-guard";
import { requestOrigin } from "@/app/_server/request-origin";
import { viewerTimeZone } from "@/app/_server/viewer-time-zone";

export const metadata: Metadata = { title: "Class" };

const validityChoices = [
  ["", "Until replaced (no expiry)"],
  ["1", "1 day"],
  ["7", "7 days"],
  ["30", "30 days"],
] as const;

type ExpiryProps = { expiresAt: Date | null; now: Date; timeZone: string };

function JoinCodeExpiry({ expiresAt, now, timeZone }: ExpiryProps) {
  const state = joinCodeState(expiresAt, now);
  if (state === "never_expires" || !expiresAt)
    return <p data-testid="join-code-expiry">This code never expires.</p>;
  if (state === "active")
    return <p data-testid="join-code-expiry">Expires {formatDateTime(expiresAt, timeZone)}.</p>;
  return (
    <p data-testid="join-code-expiry">
      <span className="badge late">Expired</span> {formatDateTime(expiresAt, timeZone)}: students
      can no longer join with it. Make a new code to let more students in.
    </p>
  );
}

export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser("teacher");
  const roster = await orNotFound(getClassRoster({ actor, classId: id }));
  const timeZone = await viewerTimeZone(actor);
  const origin = await requestOrigin();
  const now = new Date();
  const joinPath = `/join/${roster.joinCode}`;
  return (
    <>
      <h1>{roster.name}</h1>
      <section aria-labelledby="join-heading" className="join-box">
        <h2 id="join-heading">Join code</h2>
        <p className="join-code" data-testid="join-code">
          {roster.joinCode}
        </p>
        <JoinLink path={joinPath} serverOrigin={origin} />
        <JoinCodeExpiry expiresAt={roster.joinCodeExpiresAt} now={now} timeZone={timeZone} />
        <ActionForm
          action={regenerateJoinCodeAction}
          hidden={{ classId: roster.id }}
          submitLabel="Make a new code"
          pendingLabel="Making…"
          buttonClassName="secondary"
          confirm={{
            question: `Make a new code? The current code ${roster.joinCode} stops working at once.`,
            confirmLabel: "Make new code",
          }}
        >
          <label>
            New code works for
            <select name="validForDays" defaultValue="">
              {validityChoices.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <p className="hint">
            The current code stops working at once; students already in the class stay.
          </p>
        </ActionForm>
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
                pendingLabel="Removing…"
                buttonClassName="danger"
                className="inline-form"
                confirm={{
                  question: `Remove ${s.name} from ${roster.name}? Their results stay in your reports; they need a join code to come back.`,
                  confirmLabel: "Remove",
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
