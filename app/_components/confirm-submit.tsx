"use client";

import { useId, useLayoutEffect, useRef, useState } from "react";

export type Confirm = {
  /** What pressing it does, as a question ("Delete this assignment? …"). */
  question: string;
  /** The button that does it ("Delete"). */
  confirmLabel: string;
};

type Props = {
  confirm: Confirm;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  buttonClassName?: string;
};

// A destructive action asks once more in the page, not in a browser dialog (as the quiz's "Submit
// anyway" does): one stray click would otherwise delete, archive, remove or kill a code. Focus
// goes to the confirming button when it appears and back to the first one on Cancel.
export function ConfirmSubmit({ confirm, submitLabel, pendingLabel, pending, ...rest }: Props) {
  const [asking, setAsking] = useState(false);
  const first = useFocusBackOnCancel(asking);
  const questionId = useId();
  if (!asking)
    return (
      <button
        type="button"
        className={rest.buttonClassName}
        onClick={() => setAsking(true)}
        ref={first}
      >
        {submitLabel}
      </button>
    );
  return (
    <div className="stack confirm-step">
      <p role="status" id={questionId}>
        {confirm.question}
      </p>
      <div className="actions">
        <button
          type="submit"
          disabled={pending}
          className={rest.buttonClassName}
          autoFocus
          aria-describedby={questionId}
        >
          {pending ? pendingLabel : confirm.confirmLabel}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={pending}
          onClick={() => setAsking(false)}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}

function useFocusBackOnCancel(asking: boolean) {
  const first = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(asking);
  useLayoutEffect(() => {
    const closed = wasAsking.current && !asking;
    wasAsking.current = asking;
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (closed && focusLost) first.current?.focus();
  }, [asking]);
  return first;
}
