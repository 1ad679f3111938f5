import { expect, type Browser, type Page } from "@playwright/test";
import { demoTeacher, signIn, signUp, uniqueEmail } from "./helpers";

// Steps a teacher (and a new student) take through the UI, shared by the quiz stories.

/** Signs the demo teacher in; returns a tag that keeps this test's class and set names apart. */
export async function demoTeacherSignsIn(teacher: Page): Promise<string> {
  await signIn(teacher, demoTeacher.email, demoTeacher.password);
  await expect(teacher).toHaveURL(/\/teacher$/);
  return uniqueEmail("t").slice(2, 10);
}

/** A desktop-sized page of its own, for a teacher beside a student on the phone project. */
export async function desktopPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return { page: await context.newPage(), close: () => context.close() };
}

export async function createClass(teacher: Page, name: string): Promise<string> {
  await teacher.goto("/teacher/classes");
  await teacher.getByLabel("Class name").fill(name);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher).toHaveURL(/\/teacher\/classes\/[\w-]+$/);
  const joinCode = (await teacher.getByTestId("join-code").textContent())!.trim();
  expect(joinCode).toMatch(/^[2-9A-Z]{8}$/);
  return joinCode;
}

/** Filters to one article's typed questions and picks the first one not picked yet. */
export async function pickFirstFound(teacher: Page, articleIndex: number, pickedCount: number) {
  const articles = teacher.getByRole("group", { name: "Articles" }).getByRole("checkbox");
  for (const box of await articles.all()) await box.uncheck();
  await articles.nth(articleIndex).check();
  await teacher.getByRole("checkbox", { name: "Short answer" }).check();
  await teacher.getByRole("checkbox", { name: "Cloze" }).check();
  await teacher.getByRole("button", { name: "Filter" }).click();
  await expect(teacher).toHaveURL(/article=/);
  const found = teacher.getByRole("list", { name: /Questions found/ }).getByRole("listitem");
  await found
    .filter({ has: teacher.getByRole("button", { name: "Pick" }) })
    .first()
    .getByRole("button", { name: "Pick" })
    .click();
  await expect(
    teacher.getByRole("heading", { name: `In this set (${pickedCount})` }),
  ).toBeVisible();
}

export async function createSet(teacher: Page, title: string): Promise<void> {
  await teacher.goto("/teacher/sets");
  await teacher.getByLabel("Title").fill(title);
  await teacher.getByRole("button", { name: "Create set" }).click();
  await expect(teacher).toHaveURL(/\/teacher\/sets\/[\w-]+$/);
}

/** The picked questions' answers, in the set's order. */
export async function setAnswers(teacher: Page): Promise<string[]> {
  const picked = teacher.getByRole("list", { name: /In this set/ }).getByRole("listitem");
  return picked.locator(".answer").allTextContents();
}

// datetime-local takes the browser's local time.
export function localInput(date: Date): string {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** Assigns the set to the class, due in a week; returns the report's URL. */
export async function assignQuiz(
  teacher: Page,
  options: { className: string; setLabel: string; timeLimitMinutes?: number; attempts?: number },
): Promise<string> {
  await teacher.goto("/teacher/assignments");
  await teacher.getByLabel("Class").selectOption({ label: options.className });
  await teacher.getByLabel("Question set").selectOption({ label: options.setLabel });
  await teacher.getByLabel("Due").fill(localInput(new Date(Date.now() + 7 * 86_400_000)));
  if (options.attempts) await teacher.getByLabel(/Attempts allowed/).fill(String(options.attempts));
  if (options.timeLimitMinutes)
    await teacher.getByLabel(/Time limit in minutes/).fill(String(options.timeLimitMinutes));
  await teacher.getByRole("button", { name: "Assign" }).click();
  await expect(teacher).toHaveURL(/\/teacher\/assignments\/[\w-]+$/);
  return teacher.url();
}

export async function newStudentJoins(student: Page, name: string, joinCode: string) {
  await signUp(student, {
    name,
    email: uniqueEmail("pat"),
    password: "a long enough passphrase",
    role: "Student",
  });
  await expect(student).toHaveURL(/\/student$/);
  await student.getByLabel("Join code").fill(joinCode.toLowerCase());
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student).toHaveURL(/\/student\?joined=/);
}
