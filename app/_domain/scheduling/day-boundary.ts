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

/** The local study-day key ("YYYY-MM-DD") of an instant. */
export function studyDayKey(at: Date, timeZoneOffsetMinutes: number, rolloverHour = 4): string {
  return dayBoundary(at, timeZoneOffsetMinutes, rolloverHour).key;
}
