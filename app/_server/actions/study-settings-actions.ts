"use server";

import { revalidatePath } from "next/cache";
import { currentUser } from "../current-user";
import { updateStudySettings, updateTimeZone } from "../data/study/study-settings";
import { isAppError } from "../errors";

export type SettingsFormState = { error: string | null; saved: boolean };

const numberField = (formData: FormData, name: string) => Number(formData.get(name) ?? Number.NaN);

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

// Called by the study screen when the browser's time zone differs from the one on record.
export async function rememberTimeZoneAction(timeZone: string): Promise<void> {
  const actor = await currentUser();
  if (!actor) return;
  try {
    await updateTimeZone({ actor, timeZone });
  } catch (error) {
    if (!isAppError(error)) throw error; // an unknown zone name is ignored; UTC stays
  }
}
