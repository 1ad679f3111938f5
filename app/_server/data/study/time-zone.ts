import "server-only";

// A study day starts at 4 am in the student's own zone (dayBoundary). Users store an IANA zone
// name rather than an offset so that daylight-saving changes are followed; the offset in force
// at a given instant comes from Intl, which knows the tz database.
// Keyed by the lower-cased name: Intl reads zone names case-insensitively, so a client could
// otherwise name one zone in endless spellings ("america/NEW_york"), each cached anew.
const formatters = new Map<string, Intl.DateTimeFormat>();

// Zone names are ASCII; a name that is not ("Asia/Kolkata" with the Kelvin sign, which JavaScript
// lower-cases to "k") is never looked up in the cache, so Intl itself decides about it.
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const make = () => new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
  if (!/^[\x21-\x7e]+$/.test(timeZone)) return make();
  const key = timeZone.toLowerCase();
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** Minutes east of UTC in `timeZone` at `at` (Niamey: +60). Unknown zones count as UTC. */
export function offsetMinutesAt(timeZone: string, at: Date): number {
  if (!isTimeZone(timeZone)) return 0;
  const name = formatterFor(timeZone)
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  // "GMT" for UTC itself, otherwise "GMT+01:00" / "GMT-03:30".
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? "");
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}
