import { expect, test, type Page } from "@playwright/test";
import { demoStudent, newStudentSignsUp, signIn, signUp, uniqueEmail } from "./helpers";
import { answerByTapping, answeredCount, feedbackHeading } from "./study-steps";

async function answerByKeyboard(page: Page): Promise<string> {
  const label = (await page.locator("section.study-card .meta").first().textContent())!.split(
    " · ",
  )[0]!;
  if (label === "Multiple choice" || label === "True or false?") await page.keyboard.press("1");
  else if (label === "Flashcard") {
    await page.keyboard.press(" ");
    await page.keyboard.press("3");
    return label;
  } else await page.keyboard.type(label === "Number" ? "1100" : "Niamey");
  await page.keyboard.press("Enter");
  return label;
}

test("on a phone, the demo student studies ten mixed questions, undoes one, opens a source and sees progress", async ({
  page,
}, info) => {
  test.skip(info.project.name !== "phone", "the phone flow");
  await signIn(page, demoStudent.email, demoStudent.password);
  await expect(page).toHaveURL(/\/student$/);
  await page.getByRole("link", { name: "Study now" }).tap();
  const kinds = new Set<string>();
  for (let n = 1; n <= 10; n += 1) {
    await expect(page.locator("#prompt")).toBeVisible();
    kinds.add(await answerByTapping(page));
    await expect(feedbackHeading(page)).toBeVisible();
    await expect(answeredCount(page)).toHaveText(`${n} answered`);
    if (n < 10) await page.getByRole("button", { name: /^Next/ }).tap();
  }
  expect(kinds.size).toBeGreaterThanOrEqual(2);
  await page.getByRole("button", { name: /^Undo/ }).tap();
  await expect(page.getByRole("status").first()).toHaveText("Answer undone.");
  await expect(answeredCount(page)).toHaveText("9 answered");
  await answerByTapping(page);
  await expect(feedbackHeading(page)).toBeVisible();
  const source = page.getByRole("link", { name: "Read it in the article" });
  const href = (await source.getAttribute("href"))!;
  await source.tap();
  await expect(page).toHaveURL(new RegExp(`${href.split("#")[1]}$`));
  await expect(page.locator(`[id="${href.split("#")[1]}"]`)).toBeInViewport();
  // The way back waits within reach, and the session goes on where it was, Undo included.
  const back = page.getByRole("link", { name: "Back to studying" });
  await expect(back).toBeInViewport();
  await back.tap();
  await expect(page).toHaveURL(/\/study$/);
  await expect(answeredCount(page)).toHaveText("10 answered");
  await page.getByRole("button", { name: /^Undo/ }).tap();
  await expect(page.getByRole("status").first()).toHaveText("Answer undone.");
  await expect(answeredCount(page)).toHaveText("9 answered");
  await page.getByRole("link", { name: "Progress" }).tap();
  await expect(page.getByRole("heading", { name: "Progress", level: 1 })).toBeVisible();
  await expect(
    page.getByRole("img", { name: /Reviews over the last year: 9 reviews on 1 day\b/ }),
  ).toBeVisible();
});

test("on a desktop, a student studies with the keyboard only", async ({ page }, info) => {
  test.skip(info.project.name !== "desktop", "the desktop flow");
  await signUp(page, {
    name: "Kim Keys",
    email: uniqueEmail("keys"),
    password: "keyboard only please",
    role: "Student",
  });
  await expect(page).toHaveURL(/\/student$/);
  await page.goto("/study");
  const kinds = new Set<string>();
  for (let n = 1; n <= 10; n += 1) {
    await expect(page.locator("#prompt")).toBeVisible();
    kinds.add(await answerByKeyboard(page));
    await expect(feedbackHeading(page)).toBeVisible();
    await expect(answeredCount(page)).toHaveText(`${n} answered`);
    if (n < 10) await page.keyboard.press("Enter");
  }
  expect(kinds.size).toBeGreaterThanOrEqual(2);
  await page.keyboard.press("z");
  await expect(answeredCount(page)).toHaveText("9 answered");
  await expect(page.locator("#prompt")).toBeVisible();
  await answerByKeyboard(page);
  await expect(feedbackHeading(page)).toBeVisible();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("link", { name: "Read it in the article" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/articles\/.+#s-/);
  // The browser's Back returns to the same session: its count, and Undo of the last answer.
  await page.goBack();
  await expect(answeredCount(page)).toHaveText("10 answered");
  await expect(page.locator("#prompt").or(feedbackHeading(page))).toBeVisible();
  // The next question may be a typed one, whose field has the focus and takes a "z" as a letter:
  // the Undo button is reached and pressed from the keyboard instead.
  await page.getByRole("button", { name: /^Undo/ }).press("Enter");
  await expect(answeredCount(page)).toHaveText("9 answered");
});

test("after a miss, the feedback shows the question, the student's answer beside the right one, and when the card comes back", async ({
  page,
}, info) => {
  test.skip(info.project.name !== "phone", "one viewport is enough for what the feedback says");
  await newStudentSignsUp(page, "Miss Feedback", "miss");
  await page.goto("/study");
  // Answers until a typed question comes, then types what no question accepts.
  for (let n = 0; n < 12; n += 1) {
    const card = page.locator("section.study-card").filter({ has: page.locator("#prompt") });
    await expect(card).toBeVisible();
    const prompt = (await page.locator("#prompt").textContent())!;
    const field = card.getByLabel("Your answer");
    if ((await field.count()) === 0) {
      await answerByTapping(page);
      await expect(feedbackHeading(page)).toBeVisible();
      await page.getByRole("button", { name: /^Next/ }).tap();
      continue;
    }
    await field.fill("wrong on purpose");
    await card.getByRole("button", { name: "Check" }).tap();
    await expect(page.getByRole("heading", { name: "Not quite" })).toBeVisible();
    await expect(page.locator(".feedback-prompt")).toHaveText(prompt);
    await expect(page.getByText("Your answer: wrong on purpose")).toBeVisible();
    await expect(page.getByText(/^Answer: /)).toBeVisible();
    await expect(page.getByText(/^Next review in \d+ minutes?\.$/)).toBeVisible();
    return;
  }
  throw new Error("no typed question in the first twelve");
});

test("on a phone, a student whose new questions for today are done learns ten more today, not on a day that has ended", async ({
  page,
}, info) => {
  test.skip(info.project.name !== "phone", "a phone story");
  await newStudentSignsUp(page, "Mo More", "more");
  await page.goto("/progress");
  await page.getByLabel("New questions a day").fill("0");
  await page.getByRole("button", { name: "Save settings" }).tap();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.goto("/study");
  await expect(page.getByRole("heading", { name: "Done for today" })).toBeVisible();
  const learnMore = page.getByRole("button", { name: "Learn 10 more new questions today" });

  // Offered on a study day that has ended by the time the tap arrives (as just after 4 am): refused,
  // said, and the new day's screen is shown, with nothing more allowed.
  await page.route("**/api/study/more-new", (route) => {
    const body = route.request().postDataJSON() as Record<string, unknown>;
    return route.continue({ postData: JSON.stringify({ ...body, day: "2000-01-01" }) });
  });
  await learnMore.tap();
  await expect(page.getByRole("status").filter({ hasText: "new study day" })).toHaveText(
    "A new study day has begun, with new questions of its own.",
  );
  await expect(page.getByRole("heading", { name: "Done for today" })).toBeVisible();
  await expect(page.locator("#prompt")).toHaveCount(0);
  await page.unrouteAll();

  await learnMore.tap();
  await expect(page.locator("#prompt")).toBeVisible();
  await expect(page.getByText("10 left today")).toBeVisible();
  // Tomorrow keeps the student's own limit: the allowance was for today only.
  await page.goto("/progress");
  await expect(page.getByLabel("New questions a day")).toHaveValue("0");
});

test("a student whose missed cards come back later today is told when, and the card shows when it is due", async ({
  page,
}, info) => {
  test.skip(info.project.name !== "desktop", "one viewport is enough for the screen's words");
  await newStudentSignsUp(page, "Lee Later", "later");
  // The real queue, with its first card held back as a learning step due in a moment: the screen
  // says when it comes, then shows it at that time without a reload.
  let held = true;
  await page.route("**/api/study/next*", async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    if (held && body.item) {
      held = false;
      const nextAt = new Date(Date.now() + 1500).toISOString();
      const remaining = { new: 0, learning: 0, review: 0 };
      return route.fulfill({
        response,
        json: { ...body, item: null, remaining, laterToday: { count: 2, nextAt } },
      });
    }
    return route.fulfill({ response, json: body });
  });
  await page.goto("/study");
  await expect(page.getByRole("heading", { name: "Done for now" })).toBeVisible();
  await expect(
    page.getByText(/^2 cards come back later today, the first at \d\d:\d\d\.$/),
  ).toBeVisible();
  await expect(page.locator("#prompt")).toBeVisible();
});
