const dateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

// Server-rendered times are shown in UTC with the zone named, so nobody misreads a deadline.
export const formatDateTime = (date: Date) => dateTime.format(date);

export const formatPercent = (value: number | null) =>
  value === null ? "—" : `${Math.round(value * 100)}%`;

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
}
