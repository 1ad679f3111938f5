// The quiz countdown's pure parts: what to show and when to speak. The clock is an argument.

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * Time left as mm:ss (h:mm:ss from one hour up; limits go to six hours). Seconds round up, so
 * "00:00" appears only when the time is really over, never while a second remains.
 */
export function formatTimeLeft(msLeft: number): string {
  const total = Math.ceil(Math.max(msLeft, 0) / SECOND);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/** Milliseconds until the deadline on the server's clock; `clockOffsetMs` = server − device. */
export function msLeft(deadlineMs: number, deviceNowMs: number, clockOffsetMs: number): number {
  return deadlineMs - (deviceNowMs + clockOffsetMs);
}

// A screen reader hears the time only at these points (WCAG 2.2.1 asks for a warning before time
// runs out; announcing every second would drown out the question being read).
const THRESHOLDS = [
  { ms: 5 * MINUTE, text: "5 minutes left." },
  { ms: 1 * MINUTE, text: "1 minute left." },
] as const;
export const TIME_UP_TEXT = "Time is up.";

/**
 * What to announce when the time left moves from `previousMs` (null: the first reading) to
 * `currentMs`: the smallest threshold crossed, "Time is up." when it reaches zero, else null.
 * A page opened with 3 minutes left says nothing; one opened after the end says time is up.
 */
export function countdownAnnouncement(previousMs: number | null, currentMs: number): string | null {
  if (currentMs <= 0) return previousMs === null || previousMs > 0 ? TIME_UP_TEXT : null;
  if (previousMs === null) return null;
  const crossed = THRESHOLDS.filter((t) => previousMs > t.ms && currentMs <= t.ms);
  return crossed.at(-1)?.text ?? null;
}
