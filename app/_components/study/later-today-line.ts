import type { NextResponse } from "./study-types";

const clocks = new Map<string, Intl.DateTimeFormat>();

function clockTime(at: Date, timeZone: string | undefined): string {
  const key = timeZone ?? "";
  let clock = clocks.get(key);
  if (!clock) {
    clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone });
    clocks.set(key, clock);
  }
  return clock.format(at);
}

/**
 * "2 cards come back later today, the first at 14:05." for the finished screen, or null when no
 * learning step is still to come today. `timeZone` is the browser's own when left out.
 */
export function laterTodayLine(
  later: NextResponse["laterToday"] | undefined,
  timeZone?: string,
): string | null {
  if (!later || later.count === 0 || !later.nextAt) return null;
  const at = clockTime(new Date(later.nextAt), timeZone);
  return later.count === 1
    ? `1 card comes back later today, at ${at}.`
    : `${later.count} cards come back later today, the first at ${at}.`;
}

/** Cards left in this study day: the queue now, and learning steps still to come. */
export function leftToday(next: NextResponse): number {
  const { remaining } = next;
  return remaining.new + remaining.learning + remaining.review + (next.laterToday?.count ?? 0);
}
