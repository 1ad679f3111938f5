import { describe, expect, it } from "vitest";
import { localPath, withCallback } from "@/app/_domain/navigation";

describe("a callback URL after signing in", () => {
  it("keeps a path on this site with its query and fragment", () => {
    expect(localPath("/join/ABCD2345")).toBe("/join/ABCD2345");
    expect(localPath("/teacher/sets?article=a&q=x#found")).toBe(
      "/teacher/sets?article=a&q=x#found",
    );
  });

  it("refuses another site, however it is written", () => {
    for (const raw of [
      "https://evil.test/join/X",
      "//evil.test/join/X",
      "/\\evil.test",
      "\\\\evil.test",
      "/\t/evil.test",
      "/\n/evil.test",
      "javascript:alert(1)",
      // Dot segments that parsing resolves into a second leading slash.
      "/.//evil.test",
      "/..//evil.test",
      "/a/..//evil.test",
      "/%2e//evil.test",
      "/%2E%2E//evil.test",
      "join/X",
      "",
    ])
      expect(localPath(raw), raw).toBeNull();
  });

  it("refuses anything that is not a string, and anything absurdly long", () => {
    expect(localPath(undefined)).toBeNull();
    expect(localPath(["/join/X"])).toBeNull();
    expect(localPath(`/${"a".repeat(2000)}`)).toBeNull();
  });

  it("puts the path in the sign-in or sign-up link, or leaves the link bare without one", () => {
    expect(withCallback("/signin", "/join/ABCD2345")).toBe(
      "/signin?callbackUrl=%2Fjoin%2FABCD2345",
    );
    expect(withCallback("/signup", null)).toBe("/signup");
  });
});
