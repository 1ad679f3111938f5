// Instants (deadlines, expiries) are shown in the viewer's own zone, with the zone named so that
// nobody misreads a deadline. The zone is an IANA name kept on the user's row (UTC until their
// browser reports one); the wall-clock offset then follows daylight saving by itself.
const fields = {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
} as const;

type Format = (date: Date) => string;

// Creating an Intl formatter costs far more than using one, so each zone's is made once.
const formats = new Map<string, Format>();

/** "America/New_York" → "New York"; null for zones that name no place (UTC, Etc/GMT+5, EST). */
export function placeOf(timeZone: string): string | null {
  const match = /^(?!Etc\/)[A-Z][A-Za-z]+\/(?:[A-Za-z_-]+\/)?([A-Za-z_-]+)$/.exec(timeZone);
  return match ? match[1]!.replaceAll("_", " ") : null;
}

function makeFormat(timeZone: string): Format {
  const place = placeOf(timeZone);
  if (place) {
    const formatter = new Intl.DateTimeFormat("en-GB", { ...fields, timeZone });
    return (date) => `${formatter.format(date)} (${place})`;
  }
  // No place to name: the offset in force is the label ("GMT-5"), and a zero offset reads "UTC".
  const formatter = new Intl.DateTimeFormat("en-GB", {
    ...fields,
    timeZone,
    timeZoneName: "shortOffset",
  });
  return (date) => {
    const parts = formatter.formatToParts(date);
    const offset = parts.find((part) => part.type === "timeZoneName")?.value ?? "";
    const text = parts
      .filter((part) => part.type !== "timeZoneName")
      .map((part) => part.value)
      .join("")
      .trim();
    return `${text} (${/^GMT(\+0)?$/.test(offset) ? "UTC" : offset})`;
  };
}

const utc = makeFormat("UTC");
formats.set("UTC", utc);

function formatFor(timeZone: string): Format {
  let format = formats.get(timeZone);
  if (!format) {
    try {
      format = makeFormat(timeZone);
    } catch {
      format = utc; // a zone this server's tz database does not know: UTC, labelled as UTC
    }
    formats.set(timeZone, format);
  }
  return format;
}

/** "28 Nov 2026, 17:00 (New York)": a date and time as a viewer in `timeZone` reads it. */
export function formatDateTime(date: Date, timeZone: string): string {
  return formatFor(timeZone)(date);
}
