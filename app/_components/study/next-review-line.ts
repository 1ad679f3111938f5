import { plural } from "../plural";

/**
 * When the card answered just now comes back, as a student reads it after an answer: "Next review
 * in 10 minutes", "in 4 days", "in about 3 months". Seeing the interval grow with good answers
 * (and fall back after a miss) is how a student learns to trust the schedule instead of cramming.
 */
export function nextReviewLine(nextDue: Date, now: Date): string {
  const minutes = Math.max(1, Math.round((nextDue.getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return `Next review in ${plural(minutes, "minute", "minutes")}.`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `Next review in ${plural(hours, "hour", "hours")}.`;
  const days = Math.round(hours / 24);
  if (days < 60) return `Next review in ${plural(days, "day", "days")}.`;
  const months = Math.round(days / 30.44);
  if (months < 24) return `Next review in about ${plural(months, "month", "months")}.`;
  return `Next review in about ${plural(Math.round(days / 365.25), "year", "years")}.`;
}
