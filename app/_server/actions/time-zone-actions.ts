"use server";

import { updateTimeZone } from "../data/users/user-time-zone";
import { runAction, type ActionState } from "./run-action";

// Called by TimeZoneSync when the browser's zone differs from the one on record. The argument
// comes from the client, so it is validated like any form field (updateTimeZone parses it).
export async function saveTimeZoneAction(timeZone: unknown): Promise<ActionState> {
  const result = await runAction((actor) => updateTimeZone({ actor, timeZone }));
  return result.ok ? { error: null } : result.state;
}
