"use client";

import { createAssignmentAction } from "@/app/_server/actions/assignment-actions";
import { ActionForm, localTimesToIso } from "./action-form";

type Option = { id: string; label: string };

export function AssignmentForm({ classes, sets }: { classes: Option[]; sets: Option[] }) {
  return (
    <ActionForm
      action={createAssignmentAction}
      submitLabel="Assign"
      prepare={localTimesToIso(["opensAt", "dueAt"])}
    >
      <label>
        Class
        <select name="classId" required>
          {classes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Question set
        <select name="setId" required>
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
          <input type="radio" name="mode" value="quiz" defaultChecked /> Quiz
        </label>
        <label className="choice">
          <input type="radio" name="mode" value="practice" /> Practice
        </label>
      </fieldset>
      <label>
        Opens <span className="hint">(empty: now)</span>
        <input name="opensAt" type="datetime-local" />
      </label>
      <label>
        Due
        <input name="dueAt" type="datetime-local" required />
      </label>
      <label>
        Attempts allowed <span className="hint">(quiz)</span>
        <input name="maxAttempts" type="number" min={1} max={20} defaultValue={1} />
      </label>
      <label>
        Time limit in minutes <span className="hint">(empty: none)</span>
        <input name="timeLimitMinutes" type="number" min={1} max={360} />
      </label>
    </ActionForm>
  );
}
