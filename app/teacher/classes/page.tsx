import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/app/_components/action-form";
import { plural } from "@/app/_components/plural";
import { createClassAction } from "@/app/_server/actions/class-actions";
import { requireUser } from "@/app/_server/current-user";
import { listClasses } from "@/app/_server/data/classes/list-classes";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const actor = await requireUser("teacher");
  const classes = await listClasses({ actor });
  return (
    <>
      <h1>Classes</h1>
      {classes.length === 0 ? (
        <p>No classes yet.</p>
      ) : (
        <ul className="card-list">
          {classes.map((c) => (
            <li key={c.id}>
              <Link href={`/teacher/classes/${c.id}`}>{c.name}</Link>
              <div className="meta">
                {plural(c.studentCount, "student", "students")} ·{" "}
                {plural(c.assignmentCount, "assignment", "assignments")} · code {c.joinCode}
              </div>
            </li>
          ))}
        </ul>
      )}
      <h2>New class</h2>
      <ActionForm action={createClassAction} submitLabel="Create class" pendingLabel="Creating…">
        <label>
          Class name
          <input name="name" type="text" required maxLength={100} />
        </label>
      </ActionForm>
    </>
  );
}
