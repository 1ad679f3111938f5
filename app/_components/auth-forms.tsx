"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signInAction, signUpAction, type FormState } from "@/app/_server/actions/auth-actions";

const initial: FormState = { error: null };

function FormError({ message }: { message: string | null }) {
  return (
    <p className="form-error" role="alert" aria-live="assertive">
      {message}
    </p>
  );
}

export function SignInForm() {
  const [state, action, pending] = useActionState(signInAction, initial);
  return (
    <form action={action} className="stack" noValidate>
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
        New here? <Link href="/signup">Create an account</Link>
      </p>
    </form>
  );
}

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUpAction, initial);
  const role = state.values?.role ?? "student";
  return (
    <form action={action} className="stack" noValidate>
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
        Already have an account? <Link href="/signin">Sign in</Link>
      </p>
    </form>
  );
}
