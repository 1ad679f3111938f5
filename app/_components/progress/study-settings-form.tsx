"use client";

import { useActionState, useState } from "react";
import {
  updateStudySettingsAction,
  type SettingsFormState,
} from "@/app/_server/actions/study-settings-actions";

type Workload = { desiredRetention: number; reviewsPerDayPer100: number };
type Props = {
  desiredRetention: number;
  newCardsPerDay: number;
  reviewsPerDay: number;
  workload: Workload[];
};

const initial: SettingsFormState = { error: null, saved: false };

// Desired retention trades recall for work: the table beside the slider shows the cost, from a
// simulation with default FSRS-6 parameters (estimateWorkload).
export function StudySettingsForm(props: Props) {
  const [state, action, pending] = useActionState(updateStudySettingsAction, initial);
  const [retention, setRetention] = useState(props.desiredRetention);
  const nearest = props.workload.reduce((best, row) =>
    Math.abs(row.desiredRetention - retention) < Math.abs(best.desiredRetention - retention)
      ? row
      : best,
  );
  return (
    <form action={action} className="stack">
      <label>
        Desired retention: {Math.round(retention * 100)}%
        <input
          type="range"
          name="desiredRetention"
          min={0.7}
          max={0.97}
          step={0.01}
          value={retention}
          onChange={(event) => setRetention(Number(event.target.value))}
        />
      </label>
      <p className="meta" aria-live="polite">
        About {nearest.reviewsPerDayPer100.toFixed(1)} reviews a day per 100 cards at{" "}
        {Math.round(nearest.desiredRetention * 100)}%.
      </p>
      <table>
        <caption className="meta">Expected workload</caption>
        <thead>
          <tr>
            <th scope="col">Retention</th>
            <th scope="col">Reviews a day per 100 cards</th>
          </tr>
        </thead>
        <tbody>
          {props.workload.map((row) => (
            <tr key={row.desiredRetention}>
              <td>{Math.round(row.desiredRetention * 100)}%</td>
              <td>{row.reviewsPerDayPer100.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <label>
        New questions a day
        <input
          type="number"
          name="newCardsPerDay"
          required
          min={0}
          max={500}
          defaultValue={props.newCardsPerDay}
          inputMode="numeric"
        />
      </label>
      <label>
        Reviews a day at most
        <input
          type="number"
          name="reviewsPerDay"
          required
          min={0}
          max={5000}
          defaultValue={props.reviewsPerDay}
          inputMode="numeric"
        />
      </label>
      <p className="form-error" role="alert">
        {state.error}
      </p>
      {state.saved ? <p role="status">Saved.</p> : null}
      <button type="submit" disabled={pending}>
        Save settings
      </button>
    </form>
  );
}
