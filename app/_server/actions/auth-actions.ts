"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { localPath } from "@/app/_domain/navigation";
import { signIn, signOut } from "../auth";
import { createUser } from "../data/users/create-user";
import { isAppError } from "../errors";

export type FormState = { error: string | null; values?: Record<string, string> };

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

// Auth.js throws a redirect on success; only its refusals are turned into a message here. The
// form's callback URL (a join link the student opened signed out, say) is followed only when it
// is a path on this site; "/" sends each role to its home.
async function signInWithPassword(
  email: string,
  password: string,
  callbackUrl: string,
): Promise<FormState> {
  try {
    await signIn("credentials", { email, password, redirectTo: localPath(callbackUrl) ?? "/" });
    return { error: null };
  } catch (error) {
    if (error instanceof CredentialsSignin) return { error: error.code, values: { email } };
    if (error instanceof AuthError)
      return { error: "Sign-in failed. Try again.", values: { email } };
    throw error;
  }
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return signInWithPassword(
    field(formData, "email"),
    field(formData, "password"),
    field(formData, "callbackUrl"),
  );
}

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = {
    name: field(formData, "name"),
    email: field(formData, "email"),
    password: field(formData, "password"),
    role: field(formData, "role"),
  };
  try {
    await createUser(input);
  } catch (error) {
    if (isAppError(error))
      return {
        error: error.userMessage,
        values: { name: input.name, email: input.email, role: input.role },
      };
    throw error;
  }
  return signInWithPassword(input.email, input.password, field(formData, "callbackUrl"));
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
