import { expect, test, type Locator, type Page } from "@playwright/test";
import { newStudentSignsUp } from "./helpers";
import { answerByTapping, feedbackHeading } from "./study-steps";

// The study screen, the reader and the progress page on a 360 px phone: nothing wider than the
// screen, main buttons at least 44 × 44 px (WCAG 2.5.5), Check and Next within the thumb's reach.
// Each test signs up its own student, so the demo student's counts stay as study.spec.ts expects.

test.skip(({ isMobile }) => !isMobile, "the phone's layout");

const newStudent = (page: Page, label: string) => newStudentSignsUp(page, "Pat Phone", label);

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
}

async function expectTapTarget(target: Locator): Promise<void> {
  const box = (await target.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThanOrEqual(44);
}

// Rewrites the next card as the browser receives it, to reach a question type or state the
// demo bank does not offer on demand.
async function rewriteNextItem(page: Page, change: (item: Record<string, unknown>) => void) {
  await page.route("**/api/study/next*", async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    if (body.item) change(body.item);
    await route.fulfill({ response, json: body });
  });
}

test("on a phone, every study state fits the screen's width and its main buttons are at least 44 px", async ({
  page,
}) => {
  await newStudent(page, "fits");
  await page.goto("/study");
  const kinds = new Set<string>();
  for (let n = 0; n < 6; n += 1) {
    const card = page.locator("section.study-card").filter({ has: page.locator("#prompt") });
    await expect(card).toBeVisible();
    const label = (await card.locator(".meta").first().textContent())!.split(" · ")[0]!;
    kinds.add(label);
    await expectNoSidewaysScroll(page);
    await expectTapTarget(page.getByRole("button", { name: /^Undo/ }));
    if (label === "Multiple choice" || label === "True or false?") {
      for (const option of await card.getByRole("radio").all()) await expectTapTarget(option);
      await card.getByRole("radio").first().tap();
    } else await card.getByLabel("Your answer").fill("Niamey");
    await expectTapTarget(card.getByRole("button", { name: "Check" }));
    await card.getByRole("button", { name: "Check" }).tap();
    await expect(feedbackHeading(page)).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectTapTarget(page.getByRole("link", { name: "Read it in the article" }));
    await expectTapTarget(page.getByRole("button", { name: /^Next/ }));
    await page.getByRole("button", { name: /^Next/ }).tap();
  }
  expect(kinds.size).toBeGreaterThanOrEqual(2);

  await rewriteNextItem(page, (item) => {
    item.type = "flashcard";
    item.choices = [];
    item.flashcardBack = { answer: "Mohamed Bazoum", sourceQuote: "" };
  });
  await page.reload();
  await expectTapTarget(page.getByRole("button", { name: /^Show answer/ }));
  await page.getByRole("button", { name: /^Show answer/ }).tap();
  const ratings = page.getByRole("group", { name: "How well did you remember?" });
  for (const rating of await ratings.getByRole("button").all()) await expectTapTarget(rating);
  await expectNoSidewaysScroll(page);

  await page.unroute("**/api/study/next*");
  await page.route("**/api/study/next*", (route) =>
    route.fulfill({
      json: {
        item: null,
        remaining: { new: 0, learning: 0, review: 0 },
        studyDay: { key: "2026-01-01", endsAt: new Date().toISOString() },
        tomorrow: { key: "2026-01-02", reviews: 12, newQuestions: 20 },
      },
    }),
  );
  await page.reload();
  await expect(page.getByRole("heading", { name: "Done for today" })).toBeVisible();
  await expect(page.getByText("Tomorrow: 12 reviews and 20 new questions.")).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test("on a phone, Check of a long multiple-choice question waits in the lower half of the screen", async ({
  page,
}) => {
  await newStudent(page, "reach");
  await rewriteNextItem(page, (item) => {
    item.type = "multiple_choice";
    item.prompt = `According to a long attribution that takes several lines on a phone: ${"which of these four options is the one the article states? ".repeat(3)}`;
    item.choices = ["Mohamed Bazoum", "Abdourahamane Tchiani", "Emmanuel Macron", "Joe Biden"];
  });
  await page.goto("/study");
  const check = page.getByRole("button", { name: "Check" });
  // Before a pick it waits disabled over the options, and does not let them show through.
  await expect(check).toBeDisabled();
  await expect(check).toHaveCSS("opacity", "1");
  await page.getByRole("radio").first().tap();
  await expect(check).toBeInViewport();
  expect((await check.boundingBox())!.y).toBeGreaterThan(780 / 2);
});

test("on a phone, the last option of a long multiple-choice question is never left under the waiting Check", async ({
  page,
}) => {
  await newStudent(page, "last-option");
  await rewriteNextItem(page, (item) => {
    item.type = "multiple_choice";
    item.prompt = `According to a long attribution that takes several lines on a phone: ${"which of these four options is the one the article states? ".repeat(3)}`;
    item.choices = [
      "Mohamed Bazoum",
      "Abdourahamane Tchiani",
      "Emmanuel Macron",
      "Joe Biden, then president of the United States",
    ];
  });
  await page.goto("/study");
  await page.getByRole("radio").first().tap();
  const check = page.getByRole("button", { name: "Check" });
  const last = page.getByRole("radio").last();
  // Scrolled just far enough to bring the last option into view, as the browser scrolls to a
  // focused element or a find-in-page match; then scrolled to the very bottom.
  const scrolls = [
    () => last.evaluate((element) => element.scrollIntoView({ block: "end" })),
    () => page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight)),
  ];
  for (const scroll of scrolls) {
    await scroll();
    await expect(last).toBeInViewport({ ratio: 1 });
    await expect(check).toBeInViewport({ ratio: 1 });
    expect(overlap((await last.boundingBox())!, (await check.boundingBox())!)).toBe(false);
  }
  await last.tap();
  await expect(last).toHaveAttribute("aria-checked", "true");
});

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test("on a phone, Check stays beside a typed answer when the on-screen keyboard leaves little room", async ({
  page,
}) => {
  await newStudent(page, "keyboard");
  await rewriteNextItem(page, (item) => {
    item.type = "cloze";
    item.choices = [];
  });
  await page.goto("/study");
  const field = page.getByLabel("Your answer");
  await expect(field).toBeVisible();
  // About what a 780 px phone keeps above its keyboard; the browser then scrolls the focused
  // field just into view, as scrollIntoView "nearest" does.
  await page.setViewportSize({ width: 360, height: 420 });
  await field.evaluate((element) => element.scrollIntoView({ block: "nearest" }));
  await expect(field).toBeInViewport();
  await expect(page.getByRole("button", { name: "Check" })).toBeInViewport();
  // Under 16 px, iOS zooms the page when the field takes focus.
  const fontSize = await field.evaluate((element) =>
    parseFloat(getComputedStyle(element).fontSize),
  );
  expect(fontSize).toBeGreaterThanOrEqual(16);
});

test("on a phone, the reader and the progress page fit the screen and the charts have text alternatives", async ({
  page,
}) => {
  await newStudent(page, "charts");
  await page.goto("/study");
  await expect(page.locator("#prompt")).toBeVisible();
  await answerByTapping(page);
  await page.getByRole("link", { name: "Read it in the article" }).tap();
  await expect(page).toHaveURL(/#s-/);
  await expectNoSidewaysScroll(page);

  await page.goto("/progress");
  await expectNoSidewaysScroll(page);
  const heatmap = page.getByRole("img", {
    name: /Reviews over the last year: 1 review on 1 day\b/,
  });
  // The strip opens on the latest weeks, each day a cell of 10 px.
  const today = heatmap.locator("rect").last();
  await expect(today).toBeInViewport();
  expect((await today.boundingBox())!.width).toBeGreaterThanOrEqual(10);
  await page.getByText("Reviews by month").tap();
  await expect(page.getByRole("row", { name: /^\w+ \d{4} 1 1$/ })).toBeVisible();
  await expectTapTarget(page.getByText("Forecast as a table"));
  await expectTapTarget(page.getByText("Reviews by month"));
});
