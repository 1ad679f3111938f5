import { describe, expect, it } from "vitest";
import { joinCodeExpiry, joinCodeState } from "@/app/_domain/classes";

const NOW = new Date("2026-12-01T09:00:00.000Z");

describe("joinCodeState", () => {
  it("calls a code without an expiry never expiring", () => {
    expect(joinCodeState(null, NOW)).toBe("never_expires");
  });

  it("keeps a code active until its expiry and expired from that instant on", () => {
    expect(joinCodeState(new Date(NOW.getTime() + 1), NOW)).toBe("active");
    expect(joinCodeState(NOW, NOW)).toBe("expired");
    expect(joinCodeState(new Date(NOW.getTime() - 1), NOW)).toBe("expired");
  });
});

describe("joinCodeExpiry", () => {
  it("adds whole days of 24 hours to the moment the code is made", () => {
    expect(joinCodeExpiry(7, NOW)).toEqual(new Date("2026-12-08T09:00:00.000Z"));
  });

  it("gives no expiry when the code should never expire", () => {
    expect(joinCodeExpiry(null, NOW)).toBeNull();
  });
});
