import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { localPath } from "../_domain/navigation";
import { SignInForm } from "../_components/auth-forms";
import { OAuthButtons } from "../_components/oauth-buttons";
import { currentUser, homePathFor } from "../_server/current-user";

export const metadata: Metadata = { title: "Sign in" };

type Search = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignInPage({ searchParams }: Search) {
  const callbackUrl = localPath((await searchParams).callbackUrl);
  const user = await currentUser();
  if (user) redirect(callbackUrl ?? homePathFor(user.role));
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} />
      <OAuthButtons callbackUrl={callbackUrl} />
    </>
  );
}
