import type { SetUsage } from "@/app/_server/data/sets/set-usage";
import { plural } from "./plural";

// Assignments read the set as it is now: an attempt takes the set's questions when it starts and
// a report lists them in the set's order, so an edit reaches assignments already given.
export function SetUsageNotice({ usage }: { usage: SetUsage }) {
  if (usage.assignments === 0) return null;
  const taken =
    usage.attempts === 0
      ? "not started yet"
      : `${plural(usage.attempts, "attempt", "attempts")} started`;
  return (
    <p className="form-notice" data-testid="set-usage">
      This set is used by {plural(usage.assignments, "assignment", "assignments")} ({taken}).
      Changes to its questions apply to them: attempts started from now on get the set as it is
      then, and their reports list questions in the set&rsquo;s new order. To leave them as they
      are, duplicate the set and edit the copy.
    </p>
  );
}
