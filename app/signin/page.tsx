import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "../_components/auth-forms";
import { OAuthButtons } from "../_components/oauth-buttons";
import { currentUser, homePathFor } from "../_server/current-user";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  const user = await currentUser();
  if (user) redirect(homePathFor(user.role));
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm />
      <OAuthButtons />
    </>
  );
}
