export type StudyDay = {
  /** Local calendar date of the study day, "YYYY-MM-DD". */
  key: string;
  /** First instant of the study day. */
  start: Date;
  /** First instant of the next study day (exclusive end). */
  end: Date;
};

const minuteMs = 60_000;
const hourMs = 3_600_000;
const dayMs = 86_400_000;

/**
 * The study day containing `now`. A study day runs from `rolloverHour` local time to the same hour
 * the next day, so a session past midnight still counts as "today" (Anki's "next day starts at",
 * default 4 am). `timeZoneOffsetMinutes` is minutes *east* of UTC (Niamey = +60, New York in
 * winter = -300), the opposite sign of JavaScript's `Date#getTimezoneOffset`. A fixed offset
 * ignores daylight-saving changes within the day; callers pass the offset in force at `now`.
 */
export function dayBoundary(now: Date, timeZoneOffsetMinutes: number, rolloverHour = 4): StudyDay {
  // Shift so that the study day starts at a UTC midnight, floor, then shift back.
  const shifted = now.getTime() + timeZoneOffsetMinutes * minuteMs - rolloverHour * hourMs;
  const dayIndex = Math.floor(shifted / dayMs);
  const start = dayIndex * dayMs - timeZoneOffsetMinutes * minuteMs + rolloverHour * hourMs;
  return {
    key: new Date(dayIndex * dayMs).toISOString().slice(0, 10),
    start: new Date(start),
    end: new Date(start + dayMs),
  };
}

/**
 * The study day containing `now` where the zone's offset changes (daylight saving): its key from
 * the offset in force at `now`, its start and end each at the rollover hour by the offset in force
 * then. `dayBoundary` with the offset at `now` puts the start an hour off from the change (2 am)
 * until 4 am, so answers of the hour before would count for the wrong day. The day of a change is
 * 23 or 25 hours long.
 */
export function studyDayInZone(
  now: Date,
  offsetAt: (at: Date) => number,
  rolloverHour = 4,
): StudyDay {
  const { key } = dayBoundary(now, offsetAt(now), rolloverHour);
  const rolloverOf = (dayKey: string) => Date.parse(`${dayKey}T00:00:00Z`) + rolloverHour * hourMs;
  // Local wall time to the instant: the offset guessed at the wall time, then taken at the guess.
  const instant = (wall: number) => {
    const guess = wall - offsetAt(new Date(wall)) * minuteMs;
    return new Date(wall - offsetAt(new Date(guess)) * minuteMs);
  };
  const nextKey = new Date(Date.parse(`${key}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);
  return { key, start: instant(rolloverOf(key)), end: instant(rolloverOf(nextKey)) };
}

/** The local study-day key ("YYYY-MM-DD") of an instant. */
export function studyDayKey(at: Date, timeZoneOffsetMinutes: number, rolloverHour = 4): string {
  return dayBoundary(at, timeZoneOffsetMinutes, rolloverHour).key;
}
