"use client";

import {
  removeAssignmentAction,
  updateAssignmentAction,
} from "@/app/_server/actions/assignment-actions";
import type { AssignmentSummary } from "@/app/_server/data/assignments/create-assignment";
import { ActionForm, localTimesToIso } from "./action-form";

type Props = { assignment: AssignmentSummary; dueText: string; started: boolean };

// The due field starts empty (keep the current date): a datetime-local value must be in the
// teacher's own zone, which the server rendering this form does not know.
export function AssignmentEditForm({ assignment, dueText, started }: Props) {
  const hidden = { assignmentId: assignment.id };
  return (
    <>
      <ActionForm
        action={updateAssignmentAction}
        hidden={hidden}
        submitLabel="Save changes"
        pendingLabel="Saving…"
        prepare={localTimesToIso(["dueAt"])}
      >
        <label>
          New due date <span className="hint">(empty: keep {dueText})</span>
          <input name="dueAt" type="datetime-local" />
        </label>
        <label>
          Attempts allowed <span className="hint">(quiz)</span>
          <input
            name="maxAttempts"
            type="number"
            min={1}
            max={20}
            required
            defaultValue={assignment.maxAttempts}
          />
        </label>
        <label>
          Time limit in minutes <span className="hint">(empty: none)</span>
          <input
            name="timeLimitMinutes"
            type="number"
            min={1}
            max={360}
            defaultValue={
              assignment.timeLimitSeconds === null ? "" : assignment.timeLimitSeconds / 60
            }
          />
        </label>
        <p className="hint">
          Attempts already submitted keep their scores and late marks; attempts in progress keep
          their time limit.
        </p>
      </ActionForm>
      <h3>Remove</h3>
      <p>
        {started
          ? "Students have started this assignment, so it will be archived: students no longer see it, and its results stay in your reports."
          : "Nobody has started this assignment, so it will be deleted."}
      </p>
      <ActionForm
        action={removeAssignmentAction}
        hidden={hidden}
        submitLabel={started ? "Archive assignment" : "Delete assignment"}
        pendingLabel="Removing…"
        buttonClassName="danger"
        confirm={
          started
            ? {
                question:
                  "Archive this assignment? Students will no longer see it; you can restore it from its report.",
                confirmLabel: "Archive",
              }
            : {
                question: "Delete this assignment? This cannot be undone.",
                confirmLabel: "Delete",
              }
        }
      />
    </>
  );
}
