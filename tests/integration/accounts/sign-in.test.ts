import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/app/_server/data/users/verify-credentials";
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  THROTTLE_WINDOW_MS,
} from "@/app/_server/data/users/sign-in-throttle";
import { DEFAULT_PASSWORD, makeUser, uniqueEmail } from "@/tests/factories/users";

// A fresh address per call: throttling counts per address, so tests must never share one by chance.
const ip = () => `test-${randomUUID()}`;
const at = (ms: number) => new Date(Date.UTC(2026, 10, 27, 12, 0, 0) + ms);

async function failTimes(times: number, attempt: { email: string; ip: string; now: Date }) {
  for (let i = 0; i < times; i += 1) {
    await expect(
      verifyCredentials({ ...attempt, password: "wrong password" }),
    ).rejects.toMatchObject({ code: "unauthenticated" });
  }
}

describe("signing in with a password", () => {
  it("returns the user for the right password, whatever the email's case", async () => {
    const user = await makeUser({ role: "teacher" });
    const signedIn = await verifyCredentials({
      email: user.email.toUpperCase(),
      password: DEFAULT_PASSWORD,
      ip: ip(),
    });
    expect(signedIn).toEqual(user);
  });

  it("says the password is wrong, or that no account uses the email", async () => {
    const user = await makeUser();
    await expect(
      verifyCredentials({ email: user.email, password: "not it at all", ip: ip() }),
    ).rejects.toMatchObject({
      userMessage: "Wrong password. Try again.",
    });
    await expect(
      verifyCredentials({ email: uniqueEmail("ghost"), password: DEFAULT_PASSWORD, ip: ip() }),
    ).rejects.toMatchObject({
      userMessage: "No account uses this email address.",
    });
  });

  it("locks an account after five failures in fifteen minutes, even for the right password", async () => {
    const user = await makeUser();
    await failTimes(MAX_FAILURES_PER_ACCOUNT, { email: user.email, ip: ip(), now: at(0) });
    await expect(
      verifyCredentials({
        email: user.email,
        password: DEFAULT_PASSWORD,
        ip: ip(),
        now: at(60_000),
      }),
    ).rejects.toMatchObject({
      code: "rate_limited",
      userMessage: "Too many failed sign-ins. Wait 15 minutes, then try again.",
    });
    const later = await verifyCredentials({
      email: user.email,
      password: DEFAULT_PASSWORD,
      ip: ip(),
      now: at(THROTTLE_WINDOW_MS + 1),
    });
    expect(later.id).toBe(user.id);
  });

  it("forgets an account's earlier failures once it signs in successfully", async () => {
    const user = await makeUser();
    await failTimes(MAX_FAILURES_PER_ACCOUNT - 1, { email: user.email, ip: ip(), now: at(0) });
    await verifyCredentials({
      email: user.email,
      password: DEFAULT_PASSWORD,
      ip: ip(),
      now: at(1000),
    });
    await failTimes(MAX_FAILURES_PER_ACCOUNT - 1, { email: user.email, ip: ip(), now: at(2000) });
    expect(
      (
        await verifyCredentials({
          email: user.email,
          password: DEFAULT_PASSWORD,
          ip: ip(),
          now: at(3000),
        })
      ).id,
    ).toBe(user.id);
  });

  it("throttles one address that sprays failures over many accounts", async () => {
    const address = ip();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i += 1) {
      await failTimes(1, { email: uniqueEmail("spray"), ip: address, now: at(i) });
    }
    const user = await makeUser();
    await expect(
      verifyCredentials({
        email: user.email,
        password: DEFAULT_PASSWORD,
        ip: address,
        now: at(5000),
      }),
    ).rejects.toMatchObject({
      code: "rate_limited",
    });
    expect(
      (
        await verifyCredentials({
          email: user.email,
          password: DEFAULT_PASSWORD,
          ip: ip(),
          now: at(5000),
        })
      ).id,
    ).toBe(user.id);
  });
});
