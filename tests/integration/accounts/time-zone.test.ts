import { describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/app/_server/current-user";
import { getUserTimeZone, updateTimeZone } from "@/app/_server/data/users/user-time-zone";
import { makeUser } from "@/tests/factories/users";

// The action reads who is signed in from the session cookie; here the test decides.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/app/_server/current-user", () => ({ currentUser: async () => session.user }));
const { saveTimeZoneAction } = await import("@/app/_server/actions/time-zone-actions");

describe("a user's time zone", () => {
  it("is UTC until a browser reports one", async () => {
    const teacher = await makeUser({ role: "teacher" });
    expect(await getUserTimeZone({ actor: teacher })).toBe("UTC");
  });

  it("is recorded for a teacher as well as a student, from the zone the browser reports", async () => {
    const teacher = await makeUser({ role: "teacher" });
    const student = await makeUser({ role: "student" });
    await updateTimeZone({ actor: teacher, timeZone: "America/New_York" });
    await updateTimeZone({ actor: student, timeZone: "Asia/Kolkata" });
    expect(await getUserTimeZone({ actor: teacher })).toBe("America/New_York");
    expect(await getUserTimeZone({ actor: student })).toBe("Asia/Kolkata");
  });

  it("refuses a name that is not a time zone and keeps the one on record", async () => {
    const student = await makeUser();
    await updateTimeZone({ actor: student, timeZone: "Africa/Niamey" });
    for (const timeZone of ["Mars/Olympus", "", 42, null, "x".repeat(101)]) {
      await expect(updateTimeZone({ actor: student, timeZone })).rejects.toMatchObject({
        code: "bad_input",
      });
    }
    expect(await getUserTimeZone({ actor: student })).toBe("Africa/Niamey");
  });

  it("refuses a look-alike of a zone already in use, as Intl does", async () => {
    const [first, second] = [await makeUser(), await makeUser()];
    await updateTimeZone({ actor: first, timeZone: "Asia/Kolkata" });
    // "K" here is the Kelvin sign, U+212A, which lower-cases to an ordinary "k".
    await expect(
      updateTimeZone({ actor: second, timeZone: "Asia/\u212Aolkata" }),
    ).rejects.toMatchObject({ code: "bad_input" });
    expect(await getUserTimeZone({ actor: second })).toBe("UTC");
  });

  it("changes only the acting user's own zone", async () => {
    const [teacher, other] = [await makeUser({ role: "teacher" }), await makeUser()];
    await updateTimeZone({ actor: teacher, timeZone: "Europe/Paris" });
    expect(await getUserTimeZone({ actor: other })).toBe("UTC");
  });

  it("is refused when nobody is signed in", async () => {
    await expect(updateTimeZone({ actor: null, timeZone: "UTC" })).rejects.toMatchObject({
      code: "unauthenticated",
    });
  });
});

describe("saving the browser's zone from a page", () => {
  it("saves a valid zone for the signed-in user", async () => {
    session.user = await makeUser({ role: "teacher" });
    expect(await saveTimeZoneAction("America/New_York")).toEqual({ error: null });
    expect(await getUserTimeZone({ actor: session.user })).toBe("America/New_York");
  });

  it("refuses an invalid zone with a message that says what a zone looks like, changing nothing", async () => {
    session.user = await makeUser({ role: "student" });
    expect(await saveTimeZoneAction("Not/AZone")).toEqual({
      error: "Choose a time zone such as Africa/Niamey.",
      code: "bad_input",
    });
    expect(await getUserTimeZone({ actor: session.user })).toBe("UTC");
  });

  it("asks a signed-out visitor to sign in", async () => {
    session.user = null;
    expect(await saveTimeZoneAction("Asia/Kolkata")).toEqual({
      error: "Sign in to continue.",
      code: "unauthenticated",
    });
  });
});
