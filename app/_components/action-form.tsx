"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState, FormValues } from "@/app/_server/actions/run-action";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
  pendingLabel?: string;
  hidden?: Record<string, string>;
  /** Fields, or a function of the values the form held when it was last refused (empty at first):
   * React resets a form after its action, so refused fields take these as their defaults. */
  children?: ReactNode | ((values: FormValues) => ReactNode);
  className?: string;
  buttonClassName?: string;
  /** Turn field values into what the action expects (e.g. local times into ISO) before sending. */
  prepare?: (formData: FormData) => void;
};

// The values are taken in the browser before `prepare`, so a local time comes back as typed (the
// server, given ISO instants, could not turn them back into the teacher's zone).
function typedValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, value] of formData) if (typeof value === "string") values[name] = value;
  return values;
}

// One form for every class, set and assignment action: shows the refusal or the notice it returns.
export function ActionForm(props: Props) {
  const [state, action, pending] = useActionState(
    async (previous: ActionState, formData: FormData): Promise<ActionState> => {
      const values = typedValues(formData);
      props.prepare?.(formData);
      const next = await props.action(previous, formData);
      return next.error ? { ...next, values } : next;
    },
    { error: null },
  );
  const children =
    typeof props.children === "function" ? props.children(state.values ?? {}) : props.children;
  return (
    <form action={action} className={props.className ?? "stack"}>
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {state.error ? (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      ) : null}
      {state.notice ? (
        <p className="form-notice" role="status">
          {state.notice}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className={props.buttonClassName}>
        {pending ? (props.pendingLabel ?? "Working…") : props.submitLabel}
      </button>
    </form>
  );
}

/** datetime-local values are in the browser's zone; send them as ISO instants. */
export function localTimesToIso(names: string[]) {
  return (formData: FormData) => {
    for (const name of names) {
      const raw = formData.get(name);
      if (typeof raw === "string" && raw !== "") formData.set(name, new Date(raw).toISOString());
    }
  };
}
