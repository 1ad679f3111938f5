import { describe, expect, it } from "vitest";
import { laterTodayLine, leftToday } from "@/app/_components/study/later-today-line";

const next = (count: number, nextAt: string | null) => ({
  item: null,
  remaining: { new: 1, learning: 1, review: 2 },
  studyDay: { key: "2026-11-29", endsAt: "2026-11-30T09:00:00.000Z" },
  tomorrow: null,
  learnMore: null,
  laterToday: { count, nextAt },
});

describe("learning steps still to come today", () => {
  it("are named with the time of the first, in the student's zone", () => {
    expect(laterTodayLine(next(2, "2026-11-29T19:05:00.000Z").laterToday, "America/New_York")).toBe(
      "2 cards come back later today, the first at 14:05.",
    );
    expect(laterTodayLine(next(1, "2026-11-29T19:05:00.000Z").laterToday, "UTC")).toBe(
      "1 card comes back later today, at 19:05.",
    );
  });

  it("say nothing when none is left, or when an older server sends none", () => {
    expect(laterTodayLine(next(0, null).laterToday, "UTC")).toBeNull();
    expect(laterTodayLine(undefined, "UTC")).toBeNull();
  });

  it("count in what is left today", () => {
    expect(leftToday(next(3, "2026-11-29T19:05:00.000Z"))).toBe(7);
    expect(leftToday({ ...next(0, null), laterToday: undefined } as never)).toBe(4);
  });
});
