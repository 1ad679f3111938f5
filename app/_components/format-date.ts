const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

// Publication dates are calendar dates (stored at midnight UTC), so they are shown in UTC.
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
