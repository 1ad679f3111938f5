import { expect, test } from "@playwright/test";
import {
  demoStudent,
  demoTeacher,
  formError,
  signIn,
  signOut,
  signUp,
  uniqueEmail,
} from "./helpers";

test.describe("accounts", () => {
  test("the demo student signs in, lands on the student home, and signs out", async ({ page }) => {
    await signIn(page, demoStudent.email, demoStudent.password);
    await expect(page).toHaveURL(/\/student$/);
    await expect(page.getByRole("heading", { name: `Hello, ${demoStudent.name}` })).toBeVisible();
    await signOut(page);
    await page.goto("/student");
    await expect(page).toHaveURL(/\/signin$/);
  });

  test("a fresh install's demo student finds the demo class's quiz on their home page", async ({
    page,
  }) => {
    await signIn(page, demoStudent.email, demoStudent.password);
    const quiz = page.getByRole("link", { name: /^Demo quiz: / });
    await expect(quiz).toBeVisible();
    await expect(page.getByText(/Demo class · Quiz · due/)).toBeVisible();
    await quiz.click();
    await expect(page.getByRole("heading", { name: /^Demo quiz: /, level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Start/ })).toBeVisible();
  });

  test("a fresh install's demo teacher finds the demo class with the demo student in it", async ({
    page,
  }) => {
    await signIn(page, demoTeacher.email, demoTeacher.password);
    await expect(page).toHaveURL(/\/teacher$/);
    await page.goto("/teacher/classes");
    await expect(page.getByRole("listitem").filter({ hasText: "Demo class" })).toContainText(
      "1 student",
    );
  });

  test("the demo teacher signs in and lands on the teacher home", async ({ page }) => {
    await signIn(page, demoTeacher.email, demoTeacher.password);
    await expect(page).toHaveURL(/\/teacher$/);
    await expect(page.getByRole("heading", { name: `Hello, ${demoTeacher.name}` })).toBeVisible();
    await page.goto("/student");
    await expect(page).toHaveURL(/\/teacher$/);
  });

  test("a new student signs up, is signed in at once, and can sign back in later", async ({
    page,
  }) => {
    const account = {
      name: "Ada Student",
      email: uniqueEmail("ada"),
      password: "a long enough passphrase",
      role: "Student" as const,
    };
    await signUp(page, account);
    await expect(page).toHaveURL(/\/student$/);
    await expect(page.getByRole("heading", { name: "Hello, Ada Student" })).toBeVisible();
    await signOut(page);
    await signIn(page, account.email, account.password);
    await expect(page).toHaveURL(/\/student$/);
  });

  test("a new teacher signs up and lands on the teacher home", async ({ page }) => {
    await signUp(page, {
      name: "Tom Teacher",
      email: uniqueEmail("tom"),
      password: "another fine passphrase",
      role: "Teacher",
    });
    await expect(page).toHaveURL(/\/teacher$/);
  });

  test("sign-in says which part was wrong and keeps the user signed out", async ({ page }) => {
    const email = uniqueEmail("wrong");
    await signUp(page, {
      name: "Wrong Pass",
      email,
      password: "the right passphrase",
      role: "Student",
    });
    // Sign out once the new home has loaded, as the other stories do: a sign-out sent while the
    // navigation to /student was still under way lost to it in one CI run (the trace shows the
    // router finishing that navigation after the sign-out, then landing on /signin).
    await expect(page.getByRole("heading", { name: "Hello, Wrong Pass" })).toBeVisible();
    await signOut(page);
    await signIn(page, email, "not the right one");
    await expect(formError(page)).toHaveText("Wrong password. Try again.");
    await signIn(page, uniqueEmail("nobody"), "whatever it is");
    await expect(formError(page)).toHaveText("No account uses this email address.");
    await expect(page).toHaveURL(/\/signin$/);
  });

  test("sign-up refuses a weak password and a taken email with a clear message", async ({
    page,
  }) => {
    await signUp(page, {
      name: "Weak",
      email: uniqueEmail("weak"),
      password: "short",
      role: "Student",
    });
    await expect(formError(page)).toHaveText("Use at least 10 characters for your password.");
    await signUp(page, {
      name: "Copy",
      email: demoStudent.email,
      password: "a long enough passphrase",
      role: "Student",
    });
    await expect(formError(page)).toHaveText(
      "An account with this email already exists. Sign in instead.",
    );
  });
});
