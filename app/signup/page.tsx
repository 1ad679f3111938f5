import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { localPath } from "../_domain/navigation";
import { SignUpForm } from "../_components/auth-forms";
import { currentUser, homePathFor } from "../_server/current-user";

export const metadata: Metadata = { title: "Create an account" };

type Search = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignUpPage({ searchParams }: Search) {
  const callbackUrl = localPath((await searchParams).callbackUrl);
  const user = await currentUser();
  if (user) redirect(callbackUrl ?? homePathFor(user.role));
  return (
    <>
      <h1>Create an account</h1>
      <SignUpForm callbackUrl={callbackUrl} />
    </>
  );
}
