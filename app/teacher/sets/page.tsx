import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/app/_components/action-form";
import { plural } from "@/app/_components/plural";
import { createQuestionSetAction } from "@/app/_server/actions/set-actions";
import { requireUser } from "@/app/_server/current-user";
import { listQuestionSets } from "@/app/_server/data/sets/question-sets";

export const metadata: Metadata = { title: "Question sets" };

export default async function SetsPage() {
  const actor = await requireUser("teacher");
  const sets = await listQuestionSets({ actor });
  return (
    <>
      <h1>Question sets</h1>
      {sets.length === 0 ? (
        <p>No sets yet.</p>
      ) : (
        <ul className="card-list">
          {sets.map((s) => (
            <li key={s.id}>
              <Link href={`/teacher/sets/${s.id}`}>{s.title}</Link>
              <div className="meta">
                {plural(s._count.items, "question", "questions")} ·{" "}
                {s._count.assignments === 0
                  ? "not assigned yet"
                  : `assigned ${plural(s._count.assignments, "time", "times")}`}
              </div>
            </li>
          ))}
        </ul>
      )}
      <h2>New set</h2>
      <ActionForm
        action={createQuestionSetAction}
        submitLabel="Create set"
        pendingLabel="Creating…"
      >
        <label>
          Title
          <input name="title" type="text" required maxLength={120} />
        </label>
        <label>
          Description <span className="hint">(optional)</span>
          <textarea name="description" rows={3} maxLength={2000} />
        </label>
      </ActionForm>
    </>
  );
}
