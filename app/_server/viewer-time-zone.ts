import "server-only";
import { cache } from "react";
import type { CurrentUser } from "./current-user";
import { getUserTimeZone } from "./data/users/user-time-zone";

// The root layout and the page both need the viewer's zone while rendering one request; React's
// cache lets them share one read (it is keyed by argument identity, hence by id, not by object).
const timeZoneOf = cache((userId: string) => getUserTimeZone({ actor: { id: userId } }));

/** The zone to show dates and times in for this viewer ("UTC" until their browser reports one). */
export function viewerTimeZone(viewer: Pick<CurrentUser, "id">): Promise<string> {
  return timeZoneOf(viewer.id);
}
