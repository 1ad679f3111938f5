"use client";

import Link from "next/link";
import { useActionState } from "react";
import { withCallback } from "@/app/_domain/navigation";
import { signInAction, signUpAction, type FormState } from "@/app/_server/actions/auth-actions";

const initial: FormState = { error: null };

function FormError({ message }: { message: string | null }) {
  return (
    <p className="form-error" role="alert" aria-live="assertive">
      {message}
    </p>
  );
}

/** A checked local path to go to once signed in (the page validated it), or null for home. */
type Props = { callbackUrl: string | null };

function CallbackField({ callbackUrl }: Props) {
  return callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null;
}

export function SignInForm({ callbackUrl }: Props) {
  const [state, action, pending] = useActionState(signInAction, initial);
  return (
    <form action={action} className="stack" noValidate>
      <CallbackField callbackUrl={callbackUrl} />
      <label>
        Email
        <input
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.values?.email}
        />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <FormError message={state.error} />
      <button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p>
        New here? <Link href={withCallback("/signup", callbackUrl)}>Create an account</Link>
      </p>
    </form>
  );
}

export function SignUpForm({ callbackUrl }: Props) {
  const [state, action, pending] = useActionState(signUpAction, initial);
  const role = state.values?.role ?? "student";
  return (
    <form action={action} className="stack" noValidate>
      <CallbackField callbackUrl={callbackUrl} />
      <label>
        Name
        <input name="name" autoComplete="name" required defaultValue={state.values?.name} />
      </label>
      <label>
        Email
        <input
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.values?.email}
        />
      </label>
      <label>
        Password <span className="hint">(at least 10 characters)</span>
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
        />
      </label>
      <fieldset className="choice-row">
        <legend>I am a</legend>
        <label className="choice">
          <input type="radio" name="role" value="student" defaultChecked={role === "student"} />{" "}
          Student
        </label>
        <label className="choice">
          <input type="radio" name="role" value="teacher" defaultChecked={role === "teacher"} />{" "}
          Teacher
        </label>
      </fieldset>
      <FormError message={state.error} />
      <button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p>
        Already have an account? <Link href={withCallback("/signin", callbackUrl)}>Sign in</Link>
      </p>
    </form>
  );
}
