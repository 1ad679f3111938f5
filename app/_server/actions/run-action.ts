import "server-only";
import { currentUser, type CurrentUser } from "../current-user";
import { isAppError, type ErrorCode } from "../errors";

// What a class, set, assignment or attempt action returns to its form: nothing on success (it
// usually redirects or revalidates), or the user's message and the error's code.
export type ActionState = {
  error: string | null;
  code?: ErrorCode;
  notice?: string;
  /** What the form held when it was refused, as typed (ActionForm fills it in the browser). */
  values?: FormValues;
};
export type FormValues = Record<string, string>;
export const initialActionState: ActionState = { error: null };

export function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** Runs the work as the signed-in user (or null); refusals become the form's message. */
export async function runAction<T>(
  work: (actor: CurrentUser | null) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; state: ActionState }> {
  try {
    return { ok: true, value: await work(await currentUser()) };
  } catch (error) {
    if (isAppError(error))
      return { ok: false, state: { error: error.userMessage, code: error.code } };
    throw error;
  }
}
