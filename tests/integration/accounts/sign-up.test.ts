import { describe, expect, it } from "vitest";
import { prisma } from "@/app/_server/db";
import { createUser } from "@/app/_server/data/users/create-user";
import { DEFAULT_PASSWORD, makeUser, uniqueEmail } from "@/tests/factories/users";

async function countUsers(email: string) {
  return (await prisma()).user.count({ where: { email: email.toLowerCase() } });
}

describe("signing up", () => {
  it("creates a user with a normalised email and an argon2id hash, never the password", async () => {
    const email = uniqueEmail("Mixed.Case").toUpperCase();
    const user = await makeUser({ email: `  ${email} `, role: "teacher" });
    const row = await (
      await prisma()
    ).user.findUniqueOrThrow({
      where: { id: user.id },
      select: { email: true, passwordHash: true, role: true },
    });
    expect(row.email).toBe(email.toLowerCase());
    expect(row.role).toBe("teacher");
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(DEFAULT_PASSWORD);
  });

  it.each([
    ["short", "Use at least 10 characters for your password."],
    ["password123", "That password is too common; choose another."],
    ["aaaaaaaaaaaa", "That password repeats too few characters; choose another."],
  ])(
    "refuses the weak password %j with a clear message and creates nothing",
    async (password, message) => {
      const email = uniqueEmail("weak");
      await expect(makeUser({ email, password })).rejects.toMatchObject({
        code: "bad_input",
        userMessage: message,
      });
      expect(await countUsers(email)).toBe(0);
    },
  );

  it("refuses a malformed email, a missing name and an unknown role", async () => {
    await expect(makeUser({ email: "not-an-email" })).rejects.toMatchObject({
      userMessage: "Enter a valid email address.",
    });
    await expect(makeUser({ name: "  " })).rejects.toMatchObject({
      userMessage: "Enter your name.",
    });
    await expect(
      createUser({ name: "X", email: uniqueEmail(), password: DEFAULT_PASSWORD, role: "admin" }),
    ).rejects.toMatchObject({ userMessage: "Choose student or teacher." });
  });

  it("refuses a taken email, whatever its case, and keeps the first account", async () => {
    const email = uniqueEmail("taken");
    await makeUser({ email });
    await expect(makeUser({ email: email.toUpperCase() })).rejects.toMatchObject({
      code: "conflict",
      userMessage: "An account with this email already exists. Sign in instead.",
    });
    expect(await countUsers(email)).toBe(1);
  });

  it("creates exactly one account when the same email signs up five times at once", async () => {
    const email = uniqueEmail("race");
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => makeUser({ email })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results)
      if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "conflict" });
    expect(await countUsers(email)).toBe(1);
  });
});
