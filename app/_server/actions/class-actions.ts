"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createClass, regenerateJoinCode } from "../data/classes/create-class";
import { joinClassWithCode, removeStudent } from "../data/classes/enrollment";
import { field, runAction, type ActionState } from "./run-action";

// An empty expiry means the code never expires; otherwise the form sends an ISO time.
function expiry(formData: FormData): Date | null {
  const raw = field(formData, "joinCodeExpiresAt");
  return raw === "" ? null : new Date(raw);
}

export async function createClassAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAction((actor) =>
    createClass({
      actor,
      input: { name: field(formData, "name"), joinCodeExpiresAt: expiry(formData) },
    }),
  );
  if (!result.ok) return result.state;
  revalidatePath("/teacher/classes");
  redirect(`/teacher/classes/${result.value.id}`);
}

export async function regenerateJoinCodeAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const classId = field(formData, "classId");
  const days = field(formData, "validForDays");
  const input = { validForDays: days === "" ? null : Number(days) };
  const result = await runAction((actor) =>
    regenerateJoinCode({ actor, classId, input, now: new Date() }),
  );
  if (!result.ok) return result.state;
  revalidatePath(`/teacher/classes/${classId}`);
  return { error: null, notice: `New join code: ${result.value.joinCode}` };
}

export async function removeStudentAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const classId = field(formData, "classId");
  const studentId = field(formData, "studentId");
  const result = await runAction((actor) => removeStudent({ actor, classId, studentId }));
  if (!result.ok) return result.state;
  revalidatePath(`/teacher/classes/${classId}`);
  return { error: null, notice: "Student removed." };
}

export async function joinClassAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAction((actor) =>
    joinClassWithCode({ actor, code: field(formData, "code"), now: new Date() }),
  );
  if (!result.ok) return result.state;
  revalidatePath("/student");
  const { classId, alreadyMember } = result.value;
  redirect(`/student?joined=${encodeURIComponent(classId)}${alreadyMember ? "&already=1" : ""}`);
}
