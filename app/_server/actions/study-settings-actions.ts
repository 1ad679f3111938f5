"use server";

import { revalidatePath } from "next/cache";
import { currentUser } from "../current-user";
import { updateStudySettings } from "../data/study/study-settings";
import { isAppError } from "../errors";

export type SettingsFormState = { error: string | null; saved: boolean };

// An emptied field is no number: Number("") would be 0, a limit of nothing a day, saved silently.
function numberField(formData: FormData, name: string): number {
  const value = formData.get(name);
  return typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
}

export async function updateStudySettingsAction(
  _previous: SettingsFormState,
  formData: FormData,
): Promise<SettingsFormState> {
  const actor = await currentUser();
  if (!actor) return { error: "Sign in to continue.", saved: false };
  try {
    await updateStudySettings({
      actor,
      desiredRetention: numberField(formData, "desiredRetention"),
      newCardsPerDay: numberField(formData, "newCardsPerDay"),
      reviewsPerDay: numberField(formData, "reviewsPerDay"),
    });
  } catch (error) {
    if (isAppError(error)) return { error: error.userMessage, saved: false };
    throw error;
  }
  revalidatePath("/progress");
  return { error: null, saved: true };
}
