"use client";

import { Fragment, useActionState, type ReactNode } from "react";
import type { ActionState, FormValues } from "@/app/_server/actions/run-action";
import { ConfirmSubmit, type Confirm } from "./confirm-submit";

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
  /** Ask in the page before a destructive action runs. */
  confirm?: Confirm;
};

// The values are taken in the browser before `prepare`, so a local time comes back as typed (the
// server, given ISO instants, could not turn them back into the teacher's zone).
function typedValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, value] of formData) if (typeof value === "string") values[name] = value;
  return values;
}

/** `round` counts the action's results, so each one closes a confirm step. */
type FormState = ActionState & { round: number };

// One form for every class, set and assignment action: shows the refusal or the notice it returns.
export function ActionForm(props: Props) {
  const [state, action, pending] = useActionState(
    async (previous: FormState, formData: FormData): Promise<FormState> => {
      const values = typedValues(formData);
      props.prepare?.(formData);
      // The server gets the last result as it sent it, not the form's contents again.
      const { error, code, notice } = previous;
      const next = await props.action({ error, code, notice }, formData);
      const round = previous.round + 1;
      return next.error ? { ...next, values, round } : { ...next, round };
    },
    { error: null, round: 0 },
  );
  // Fields given as a function are mounted afresh for each result: React updates an input's
  // default when its defaultValue changes, but not a select's (only its value), so a kept
  // choice would otherwise be reset to the first option.
  const children =
    typeof props.children === "function" ? (
      <Fragment key={state.round}>{props.children(state.values ?? {})}</Fragment>
    ) : (
      props.children
    );
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
      {props.confirm ? (
        // Keyed by the result, so a refusal or a notice closes the question.
        <ConfirmSubmit
          key={state.round}
          confirm={props.confirm}
          submitLabel={props.submitLabel}
          pendingLabel={props.pendingLabel ?? "Working…"}
          pending={pending}
          buttonClassName={props.buttonClassName}
        />
      ) : (
        <button type="submit" disabled={pending} className={props.buttonClassName}>
          {pending ? (props.pendingLabel ?? "Working…") : props.submitLabel}
        </button>
      )}
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
