"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/app/_server/actions/run-action";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
  pendingLabel?: string;
  hidden?: Record<string, string>;
  children?: ReactNode;
  className?: string;
  buttonClassName?: string;
  /** Turn field values into what the action expects (e.g. local times into ISO) before sending. */
  prepare?: (formData: FormData) => void;
};

// One form for every class, set and assignment action: shows the refusal or the notice it returns.
export function ActionForm(props: Props) {
  const [state, action, pending] = useActionState(
    async (previous: ActionState, formData: FormData) => {
      props.prepare?.(formData);
      return props.action(previous, formData);
    },
    { error: null },
  );
  return (
    <form action={action} className={props.className ?? "stack"}>
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.children}
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
