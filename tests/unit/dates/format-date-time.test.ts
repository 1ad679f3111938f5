import { describe, expect, it } from "vitest";
import { formatDateTime, placeOf } from "@/app/_components/format-date-time";

// One instant, 22:00 UTC on 28 November 2026, as viewers in three zones read it.
const instant = new Date("2026-11-28T22:00:00Z");

describe("a date and time shown to a viewer", () => {
  it("is shown in UTC, labelled UTC, for a viewer in UTC", () => {
    expect(formatDateTime(instant, "UTC")).toBe("28 Nov 2026, 22:00 (UTC)");
  });

  it("is shown five hours earlier, labelled New York, for a viewer in New York in winter", () => {
    expect(formatDateTime(instant, "America/New_York")).toBe("28 Nov 2026, 17:00 (New York)");
  });

  it("falls on the next day, half an hour past, for a viewer in Kolkata", () => {
    expect(formatDateTime(instant, "Asia/Kolkata")).toBe("29 Nov 2026, 03:30 (Kolkata)");
  });

  it("keeps 17:00 in New York on both sides of the end of daylight saving", () => {
    expect(formatDateTime(new Date("2026-10-31T21:00:00Z"), "America/New_York")).toBe(
      "31 Oct 2026, 17:00 (New York)",
    );
    expect(formatDateTime(new Date("2026-11-02T22:00:00Z"), "America/New_York")).toBe(
      "2 Nov 2026, 17:00 (New York)",
    );
  });

  it("jumps from 01:59 to 03:00 in New York when daylight saving starts", () => {
    expect(formatDateTime(new Date("2026-03-08T06:59:00Z"), "America/New_York")).toBe(
      "8 Mar 2026, 01:59 (New York)",
    );
    expect(formatDateTime(new Date("2026-03-08T07:00:00Z"), "America/New_York")).toBe(
      "8 Mar 2026, 03:00 (New York)",
    );
  });

  it("is labelled with the offset in force when the zone names no place", () => {
    expect(formatDateTime(instant, "Etc/GMT+5")).toBe("28 Nov 2026, 17:00 (GMT-5)");
    expect(formatDateTime(instant, "Etc/UTC")).toBe("28 Nov 2026, 22:00 (UTC)");
  });

  it("falls back to UTC, labelled UTC, for a zone the server does not know", () => {
    expect(formatDateTime(instant, "Mars/Olympus")).toBe("28 Nov 2026, 22:00 (UTC)");
  });

  it("gives the same text for the same zone on every call (formatters are reused)", () => {
    const first = formatDateTime(instant, "Asia/Kolkata");
    expect(formatDateTime(instant, "Asia/Kolkata")).toBe(first);
  });
});

describe("the place a zone names", () => {
  it("is the city of an area/city zone, with spaces for underscores", () => {
    expect(placeOf("America/New_York")).toBe("New York");
    expect(placeOf("America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
    expect(placeOf("Africa/Niamey")).toBe("Niamey");
  });

  it("is nothing for UTC, Etc zones and legacy abbreviations", () => {
    expect(placeOf("UTC")).toBeNull();
    expect(placeOf("Etc/GMT+5")).toBeNull();
    expect(placeOf("EST5EDT")).toBeNull();
  });
});
