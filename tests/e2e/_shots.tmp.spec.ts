import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";
import { answerByTapping, feedbackHeading } from "./study-steps";
test("shots", async ({ page, isMobile }) => {
  test.skip(!isMobile);
  await signUp(page, {
    name: "Shot",
    email: uniqueEmail("shot"),
    password: "a long enough passphrase",
    role: "Student",
  });
  await expect(page).toHaveURL(/student$/);
  await page.goto("/study");
  await answerByTapping(page);
  await expect(feedbackHeading(page)).toBeVisible();
  await page.getByRole("link", { name: "Read it in the article" }).tap();
  await expect(page.getByRole("link", { name: "Back to studying" })).toBeInViewport();
  await page.screenshot({ path: "/tmp/s/shot-reader.png" });
});
