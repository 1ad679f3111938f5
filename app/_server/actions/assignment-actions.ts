"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAssignment } from "../data/assignments/create-assignment";
import { removeAssignment } from "../data/assignments/remove-assignment";
import { restoreAssignment } from "../data/assignments/restore-assignment";
import { updateAssignment } from "../data/assignments/update-assignment";
import { field, runAction, type ActionState } from "./run-action";

// The form sends times as ISO strings made in the browser, so the teacher's time zone holds.
const dateOf = (raw: string) => (raw === "" ? undefined : new Date(raw));
const numberOf = (raw: string) => (raw === "" ? undefined : Number(raw));
const limitOf = (formData: FormData) => {
  const minutes = numberOf(field(formData, "timeLimitMinutes"));
  return minutes === undefined ? null : Math.round(minutes * 60);
};

export async function createAssignmentAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const input = {
    classId: field(formData, "classId"),
    setId: field(formData, "setId"),
    mode: field(formData, "mode"),
    opensAt: dateOf(field(formData, "opensAt")),
    dueAt: dateOf(field(formData, "dueAt")),
    maxAttempts: numberOf(field(formData, "maxAttempts")),
    timeLimitSeconds: limitOf(formData),
  };
  const result = await runAction((actor) => createAssignment({ actor, input, now: new Date() }));
  if (!result.ok) return result.state;
  revalidatePath("/teacher/assignments");
  redirect(`/teacher/assignments/${result.value.id}`);
}

// An empty due date keeps the current one (the form cannot show it in the teacher's zone before
// the browser runs); an empty time limit means none, as when creating.
export async function updateAssignmentAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const assignmentId = field(formData, "assignmentId");
  const input = {
    dueAt: dateOf(field(formData, "dueAt")),
    maxAttempts: numberOf(field(formData, "maxAttempts")),
    timeLimitSeconds: limitOf(formData),
  };
  const result = await runAction((actor) => updateAssignment({ actor, assignmentId, input }));
  if (!result.ok) return result.state;
  revalidatePath(`/teacher/assignments/${assignmentId}`);
  revalidatePath("/teacher/assignments");
  return { error: null, notice: "Changes saved. Attempts already taken keep their results." };
}

export async function removeAssignmentAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const assignmentId = field(formData, "assignmentId");
  const result = await runAction((actor) =>
    removeAssignment({ actor, assignmentId, now: new Date() }),
  );
  if (!result.ok) return result.state;
  revalidatePath("/teacher/assignments");
  redirect(`/teacher/assignments?removed=${result.value.outcome}`);
}

// Back to the assignment's page, which now shows the report and the edit form again; the query
// names the notice to show (a past due date is worth saying: new attempts will be marked late).
export async function restoreAssignmentAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const assignmentId = field(formData, "assignmentId");
  const result = await runAction((actor) =>
    restoreAssignment({ actor, assignmentId, now: new Date() }),
  );
  if (!result.ok) return result.state;
  const { outcome, pastDue } = result.value;
  const notice = outcome === "restored" && pastDue ? "past_due" : outcome;
  revalidatePath("/teacher/assignments");
  revalidatePath(`/teacher/assignments/${assignmentId}`);
  redirect(`/teacher/assignments/${assignmentId}?restored=${notice}`);
}
