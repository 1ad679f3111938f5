import { describe, expect, it } from "vitest";
import {
  createSession,
  deleteSession,
  disableUser,
  enableUser,
  findActiveSession,
} from "@/app/_server/data/sessions/sessions";
import { verifyCredentials } from "@/app/_server/data/users/verify-credentials";
import { DEFAULT_PASSWORD, makeUser } from "@/tests/factories/users";

describe("sessions", () => {
  it("names the signed-in user until the session is deleted by signing out", async () => {
    const user = await makeUser({ name: "Sam", role: "teacher" });
    const sid = await createSession({ userId: user.id });
    expect(await findActiveSession(sid)).toEqual({
      userId: user.id,
      role: "teacher",
      name: "Sam",
      email: user.email,
    });
    await deleteSession(sid);
    expect(await findActiveSession(sid)).toBeNull();
  });

  it("ends every session of an account when it is disabled, and refuses its password", async () => {
    const user = await makeUser();
    const phone = await createSession({ userId: user.id, userAgent: "phone" });
    const laptop = await createSession({ userId: user.id, userAgent: "laptop" });
    expect(await disableUser({ email: user.email })).toBe(true);
    expect(await findActiveSession(phone)).toBeNull();
    expect(await findActiveSession(laptop)).toBeNull();
    await expect(
      verifyCredentials({ email: user.email, password: DEFAULT_PASSWORD, ip: "10.9.9.9" }),
    ).rejects.toMatchObject({
      code: "forbidden",
      userMessage: "This account is disabled.",
    });
    await enableUser({ email: user.email });
    expect(
      (await verifyCredentials({ email: user.email, password: DEFAULT_PASSWORD, ip: "10.9.9.9" }))
        .id,
    ).toBe(user.id);
  });

  it("treats an expired session as signed out", async () => {
    const user = await makeUser();
    const sid = await createSession({ userId: user.id, now: new Date("2020-01-01T00:00:00Z") });
    expect(await findActiveSession(sid)).toBeNull();
  });
});
