import { describe, expect, it } from "vitest";
import { dayBoundary, studyDayInZone } from "@/app/_domain/scheduling";

// New York in 2026: daylight saving from 8 March, 2 am EST (07:00 UTC), to 1 November, 2 am EDT
// (06:00 UTC). Minutes east of UTC.
const newYork = (at: Date) =>
  at.getTime() >= Date.UTC(2026, 2, 8, 7) && at.getTime() < Date.UTC(2026, 10, 1, 6) ? -240 : -300;
const iso = (day: { key: string; start: Date; end: Date }) => [
  day.key,
  day.start.toISOString(),
  day.end.toISOString(),
];

describe("a study day where the clocks change", () => {
  it("starts at 4 am of the standard time it began in, on the night the clocks go forward", () => {
    const at = new Date("2026-03-08T07:30:00Z"); // 3:30 am EDT, still the study day of 7 March
    expect(iso(studyDayInZone(at, newYork))).toEqual([
      "2026-03-07",
      "2026-03-07T09:00:00.000Z",
      "2026-03-08T08:00:00.000Z",
    ]);
    // With the offset at `now` alone, the day started an hour early.
    expect(dayBoundary(at, newYork(at)).start.toISOString()).toBe("2026-03-07T08:00:00.000Z");
  });

  it("lasts 25 hours the day the clocks go back, and the next starts at 4 am standard time", () => {
    expect(iso(studyDayInZone(new Date("2026-11-01T06:30:00Z"), newYork))).toEqual([
      "2026-10-31",
      "2026-10-31T08:00:00.000Z",
      "2026-11-01T09:00:00.000Z",
    ]);
    expect(iso(studyDayInZone(new Date("2026-11-01T09:30:00Z"), newYork))).toEqual([
      "2026-11-01",
      "2026-11-01T09:00:00.000Z",
      "2026-11-02T09:00:00.000Z",
    ]);
  });

  it("is the fixed-offset day on any other day", () => {
    const at = new Date("2026-06-15T12:00:00Z");
    expect(iso(studyDayInZone(at, newYork))).toEqual(iso(dayBoundary(at, -240)));
  });
});
