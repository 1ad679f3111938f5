"use client";

import { createAssignmentAction } from "@/app/_server/actions/assignment-actions";
import type { FormValues } from "@/app/_server/actions/run-action";
import { ActionForm, localTimesToIso } from "./action-form";

type Option = { id: string; label: string };
type Props = { classes: Option[]; sets: Option[] };

// After a refusal every field shows what the teacher entered: a form back on its defaults would
// assign the first class and set on a quick second press.
export function AssignmentForm(props: Props) {
  return (
    <ActionForm
      action={createAssignmentAction}
      submitLabel="Assign"
      prepare={localTimesToIso(["opensAt", "dueAt"])}
    >
      {(values) => <AssignmentFields {...props} values={values} />}
    </ActionForm>
  );
}

function AssignmentFields({ classes, sets, values }: Props & { values: FormValues }) {
  const mode = values.mode ?? "quiz";
  return (
    <>
      <label>
        Class
        <select name="classId" required defaultValue={values.classId}>
          {classes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Question set
        <select name="setId" required defaultValue={values.setId}>
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="choice-row">
        <legend>Mode</legend>
        <label className="choice">
          <input type="radio" name="mode" value="quiz" defaultChecked={mode === "quiz"} /> Quiz
        </label>
        <label className="choice">
          <input type="radio" name="mode" value="practice" defaultChecked={mode === "practice"} />{" "}
          Practice
        </label>
      </fieldset>
      <label>
        Opens <span className="hint">(empty: now)</span>
        <input name="opensAt" type="datetime-local" defaultValue={values.opensAt} />
      </label>
      <label>
        Due
        <input name="dueAt" type="datetime-local" required defaultValue={values.dueAt} />
      </label>
      <label>
        Attempts allowed <span className="hint">(quiz)</span>
        <input
          name="maxAttempts"
          type="number"
          min={1}
          max={20}
          defaultValue={values.maxAttempts ?? 1}
        />
      </label>
      <label>
        Time limit in minutes <span className="hint">(empty: none)</span>
        <input
          name="timeLimitMinutes"
          type="number"
          min={1}
          max={360}
          defaultValue={values.timeLimitMinutes}
        />
      </label>
    </>
  );
}
