import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newStudentSignsUp } from "./helpers";
import { answerByTapping, feedbackHeading } from "./study-steps";
import {
  assignQuiz,
  createClass,
  createSet,
  demoTeacherSignsIn,
  pickFirstFound,
} from "./teacher-steps";

// Every page a student or a teacher uses, checked by axe-core against WCAG 2.0–2.2 A and AA and
// its best practices, on the phone and on the desktop viewport: the page in the state a person
// sees it, after the steps that lead there.

const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

async function expectAccessible(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
  const found = violations.map(
    (v) =>
      `${v.impact ?? "?"} ${v.id}: ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(" | ")}`,
  );
  expect(found, `axe on ${what}`).toEqual([]);
}

test("the pages a student uses pass axe's WCAG 2.2 AA and best-practice checks", async ({
  page,
  isMobile,
}) => {
  await page.goto("/signin");
  await expectAccessible(page, "sign in");
  await page.goto("/signup");
  await expectAccessible(page, "sign up");
  await newStudentSignsUp(page, "Axe Student", "axe");
  await expectAccessible(page, "student home");

  await page.goto("/study");
  await expect(page.locator("#prompt")).toBeVisible();
  await expectAccessible(page, "study question");
  await answerByTapping(page, isMobile ? "tap" : "click");
  await expect(feedbackHeading(page)).toBeVisible();
  await expectAccessible(page, "study feedback");

  await page.goto("/progress");
  await expectAccessible(page, "progress");
  await page.goto("/articles");
  await expectAccessible(page, "article list");
  await page.getByRole("main").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/articles\/[^/]+$/);
  await expectAccessible(page, "article reader");
});

test("the pages a teacher uses pass axe's WCAG 2.2 AA and best-practice checks", async ({
  page,
}) => {
  const tag = await demoTeacherSignsIn(page);
  await expectAccessible(page, "teacher home");
  await createClass(page, `Axe ${tag}`);
  await expectAccessible(page, "class page");
  await page.getByRole("button", { name: "Make a new code" }).click();
  await expect(page.getByRole("button", { name: "Make new code" })).toBeFocused();
  await expectAccessible(page, "class page asking before a new code");
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.goto("/teacher/classes");
  await expectAccessible(page, "class list");
  await createSet(page, `Axe set ${tag}`);
  await pickFirstFound(page, 0, 1);
  await expectAccessible(page, "question set page");
  await page.goto("/teacher/sets");
  await expectAccessible(page, "set list");
  await page.goto("/teacher/assignments");
  await expectAccessible(page, "assignments");
  await assignQuiz(page, { className: `Axe ${tag}`, setLabel: `Axe set ${tag} (1 question)` });
  await expectAccessible(page, "assignment report");
});
