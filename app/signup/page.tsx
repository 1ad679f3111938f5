import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "../_components/auth-forms";
import { currentUser, homePathFor } from "../_server/current-user";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  const user = await currentUser();
  if (user) redirect(homePathFor(user.role));
  return (
    <>
      <h1>Create an account</h1>
      <SignUpForm />
    </>
  );
}
