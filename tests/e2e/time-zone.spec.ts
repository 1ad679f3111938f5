import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";
import { createClass } from "./teacher-steps";

const dayMs = 86_400_000;
const newYork = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "America/New_York",
});

/** Every "Expires …" text a code made between `from` and `to` (ms) with 1 day to run can show. */
function expiryTexts(from: number, to: number): string[] {
  const texts: string[] = [];
  for (let at = from; at < to + 60_000; at += 60_000)
    texts.push(`Expires ${newYork.format(new Date(Math.min(at, to) + dayMs))} (New York).`);
  return texts;
}

test.describe("a teacher whose browser is in New York", () => {
  test.use({ timezoneId: "America/New_York" });

  test("sees a join code's expiry in New York time, labelled New York", async ({
    page: teacher,
  }) => {
    await signUp(teacher, {
      name: "Nia York",
      email: uniqueEmail("ny"),
      password: "a fine long passphrase",
      role: "Teacher",
    });
    await expect(teacher).toHaveURL(/\/teacher$/);
    await createClass(teacher, `New York ${uniqueEmail("c").slice(2, 10)}`);

    await teacher.getByLabel("New code works for").selectOption({ label: "1 day" });
    const before = Date.now();
    await teacher.getByRole("button", { name: "Make a new code" }).click();
    await teacher.getByRole("button", { name: "Make new code" }).click();
    await expect(teacher.getByRole("main").getByRole("status")).toHaveText(/^New join code/);
    const after = Date.now();

    // The zone is saved once the first page has loaded; the page then re-renders in it.
    const expiry = teacher.getByTestId("join-code-expiry");
    await expect(expiry).toContainText("(New York)");
    expect(expiryTexts(before, after)).toContain(await expiry.textContent());
  });
});
