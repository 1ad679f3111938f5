"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAssignment } from "../data/assignments/create-assignment";
import { field, runAction, type ActionState } from "./run-action";

// The form sends times as ISO strings made in the browser, so the teacher's time zone holds.
const dateOf = (raw: string) => (raw === "" ? undefined : new Date(raw));
const numberOf = (raw: string) => (raw === "" ? undefined : Number(raw));

export async function createAssignmentAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const minutes = numberOf(field(formData, "timeLimitMinutes"));
  const input = {
    classId: field(formData, "classId"),
    setId: field(formData, "setId"),
    mode: field(formData, "mode"),
    opensAt: dateOf(field(formData, "opensAt")) ?? new Date(),
    dueAt: dateOf(field(formData, "dueAt")),
    maxAttempts: numberOf(field(formData, "maxAttempts")),
    timeLimitSeconds: minutes === undefined ? null : Math.round(minutes * 60),
  };
  const result = await runAction((actor) => createAssignment({ actor, input }));
  if (!result.ok) return result.state;
  revalidatePath("/teacher/assignments");
  redirect(`/teacher/assignments/${result.value.id}`);
}
