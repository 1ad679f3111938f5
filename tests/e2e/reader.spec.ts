import { expect, test } from "@playwright/test";
import { demoStudent, demoTeacher, signIn } from "./helpers";

test.describe("the article reader", () => {
  test("a student opens an article from the index and reads it cleaned of page furniture", async ({
    page,
  }) => {
    await signIn(page, demoStudent.email, demoStudent.password);
    await page.getByRole("link", { name: "Articles" }).click();
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
    const items = page.getByRole("main").getByRole("listitem");
    await expect(items).toHaveCount(5);
    await expect(items.first()).toContainText(/\d+ questions/);
    await items.getByRole("link").first().click();
    await expect(page.getByRole("article").getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("article")).not.toContainText(
      /share on|subscribe|latest news|Connect with us/i,
    );
    await expect(page.getByRole("heading", { name: /Questions from this article/ })).toHaveCount(0);
    // Opened from the index, not from a study answer: no way back to studying is offered.
    await expect(page.getByRole("link", { name: "Back to studying" })).toHaveCount(0);
  });

  test("a teacher follows a question's source link and lands on the highlighted sentence", async ({
    page,
  }) => {
    await signIn(page, demoTeacher.email, demoTeacher.password);
    await expect(page).toHaveURL(/\/teacher$/);
    await page.goto("/articles");
    await page.getByRole("main").getByRole("listitem").getByRole("link").first().click();
    const questions = page
      .getByRole("list")
      .filter({ has: page.getByRole("link", { name: "Source sentence" }) });
    const link = questions.getByRole("link", { name: "Source sentence" }).nth(2);
    const href = await link.getAttribute("href");
    const sentenceId = href!.split("#")[1]!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${sentenceId}$`));
    const sentence = page.locator(`[id="${sentenceId}"]`);
    await expect(sentence).toBeInViewport();
    await expect(sentence).toHaveCSS("background-color", "rgb(255, 243, 176)");
  });
});
