import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export const demoStudent = {
  email: "student@demo.citecards.test",
  password: "citecards-demo",
  name: "Demo Student",
};
export const demoTeacher = {
  email: "teacher@demo.citecards.test",
  password: "citecards-demo",
  name: "Demo Teacher",
};

export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signUp(
  page: Page,
  account: { name: string; email: string; password: string; role: "Student" | "Teacher" },
): Promise<void> {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel(/^Password/).fill(account.password);
  await page.getByLabel(account.role).check();
  await page.getByRole("button", { name: "Create account" }).click();
}

/** A fresh student account, signed in, on its home page. Stories that change a student's state
 * use their own, so the demo student's counts stay as the other stories expect. */
export async function newStudentSignsUp(page: Page, name: string, label: string): Promise<void> {
  await signUp(page, {
    name,
    email: uniqueEmail(label),
    password: "a long enough passphrase",
    role: "Student",
  });
  await expect(page).toHaveURL(/\/student$/);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Learn from the source" })).toBeVisible();
}

// The form's own alert (Next.js adds a route announcer that also has role="alert").
export function formError(page: Page) {
  return page.getByRole("main").getByRole("alert");
}
