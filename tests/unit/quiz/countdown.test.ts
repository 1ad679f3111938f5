import { describe, expect, it } from "vitest";
import { countdownAnnouncement, formatTimeLeft, msLeft, TIME_UP_TEXT } from "@/app/_domain/quiz";

describe("formatTimeLeft", () => {
  it("shows minutes and seconds with two digits each", () => {
    expect(formatTimeLeft(5 * 60_000)).toBe("05:00");
    expect(formatTimeLeft(61_000)).toBe("01:01");
    expect(formatTimeLeft(9_000)).toBe("00:09");
  });

  it("rounds a part second up, so 00:00 means the time is really over", () => {
    expect(formatTimeLeft(59_001)).toBe("01:00");
    expect(formatTimeLeft(1)).toBe("00:01");
    expect(formatTimeLeft(0)).toBe("00:00");
  });

  it("never shows negative time", () => {
    expect(formatTimeLeft(-12_345)).toBe("00:00");
  });

  it("adds hours from one hour up", () => {
    expect(formatTimeLeft(3_600_000)).toBe("1:00:00");
    expect(formatTimeLeft(6 * 3_600_000 - 1_000)).toBe("5:59:59");
  });
});

describe("msLeft", () => {
  it("counts from the server's clock, whatever the device's clock says", () => {
    const deadline = 1_000_000;
    // The device runs two minutes fast: offset (server − device) is −120 s.
    expect(msLeft(deadline, 1_000_000 - 60_000 + 120_000, -120_000)).toBe(60_000);
  });
});

describe("countdownAnnouncement", () => {
  it("says nothing on the first reading while time remains", () => {
    expect(countdownAnnouncement(null, 4 * 60_000)).toBeNull();
    expect(countdownAnnouncement(null, 30_000)).toBeNull();
  });

  it("says nothing between thresholds, so a screen reader is not told every second", () => {
    expect(countdownAnnouncement(200_000, 199_000)).toBeNull();
    expect(countdownAnnouncement(300_001, 300_500)).toBeNull();
  });

  it("announces five minutes and one minute once, as they are crossed", () => {
    expect(countdownAnnouncement(300_400, 299_900)).toBe("5 minutes left.");
    expect(countdownAnnouncement(300_000, 299_000)).toBeNull();
    expect(countdownAnnouncement(60_200, 60_000)).toBe("1 minute left.");
  });

  it("announces the smaller threshold when a sleeping device skips past both", () => {
    expect(countdownAnnouncement(400_000, 30_000)).toBe("1 minute left.");
  });

  it("announces time up when it reaches zero, and only once", () => {
    expect(countdownAnnouncement(400, 0)).toBe(TIME_UP_TEXT);
    expect(countdownAnnouncement(0, -1_000)).toBeNull();
  });

  it("announces time up on a page opened after the deadline", () => {
    expect(countdownAnnouncement(null, -5_000)).toBe(TIME_UP_TEXT);
  });
});
