import { expect, test } from "@playwright/test";
import { newStudentSignsUp } from "./helpers";
import { answerByTapping, answeredCount, feedbackHeading } from "./study-steps";

// A phone loses its signal on the way to school: an answer given then is kept on the device and
// sent again under its own idempotency key, so it is recorded once, never lost or doubled.

const noConnection = "No connection. Your answer is kept: try again.";

test.beforeEach(async ({ page }, info) => {
  test.skip(info.project.name !== "phone", "a phone losing its signal");
  await newStudentSignsUp(page, "Tess Tunnel", "offline");
  await page.goto("/study");
  await expect(page.locator("#prompt")).toBeVisible();
});

test("an answer given without signal is sent by itself when the signal comes back", async ({
  page,
  context,
}) => {
  await context.setOffline(true);
  await answerByTapping(page);
  await expect(page.getByRole("alert").filter({ hasText: noConnection })).toBeVisible();
  await context.setOffline(false);
  await expect(feedbackHeading(page)).toBeVisible();
  await expect(answeredCount(page)).toHaveText("1 answered");
});

test("an answer whose reply was lost is sent again after a reload and recorded once", async ({
  page,
}) => {
  // The server records the answer, then the reply never reaches the phone.
  await page.route("**/api/study/answer", async (route) => {
    await route.fetch();
    await route.abort("internetdisconnected");
  });
  await answerByTapping(page);
  await expect(page.getByRole("alert").filter({ hasText: noConnection })).toBeVisible();
  await page.unrouteAll();
  await page.reload();
  await expect(page.getByRole("status").first()).toHaveText(
    "Your answer from last time is now recorded.",
  );
  await expect(feedbackHeading(page)).toBeVisible();
  await expect(answeredCount(page)).toHaveText("1 answered");
  await page.getByRole("link", { name: "Progress" }).tap();
  await expect(
    page.getByRole("img", { name: /Reviews over the last year: 1 review on 1 day\b/ }),
  ).toBeVisible();
});
