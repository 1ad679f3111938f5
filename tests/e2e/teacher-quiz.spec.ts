import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { demoTeacher, signIn, signUp, uniqueEmail } from "./helpers";

// One story across two browsers: the teacher on a desktop, the student on the phone viewport.
test.describe("a teacher's quiz from class to report", () => {
  test.skip(
    ({ isMobile }) => !isMobile,
    "the story runs once, with the student on the phone project",
  );

  async function pickFirstFound(teacher: Page, articleIndex: number, pickedCount: number) {
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

  test("the demo teacher assigns a quiz, a new student takes it on a phone, and the report shows the wrong answer", async ({
    page: student,
    browser,
  }) => {
    const teacherContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const teacher = await teacherContext.newPage();
    const tag = uniqueEmail("t").slice(2, 10);
    await signIn(teacher, demoTeacher.email, demoTeacher.password);
    await expect(teacher).toHaveURL(/\/teacher$/);

    await teacher.goto("/teacher/classes");
    await teacher.getByLabel("Class name").fill(`Period ${tag}`);
    await teacher.getByRole("button", { name: "Create class" }).click();
    await expect(teacher).toHaveURL(/\/teacher\/classes\/[\w-]+$/);
    const joinCode = (await teacher.getByTestId("join-code").textContent())!.trim();
    expect(joinCode).toMatch(/^[2-9A-Z]{8}$/);

    await teacher.goto("/teacher/sets");
    await teacher.getByLabel("Title").fill(`Niger quiz ${tag}`);
    await teacher.getByRole("button", { name: "Create set" }).click();
    await expect(teacher).toHaveURL(/\/teacher\/sets\/[\w-]+$/);
    await pickFirstFound(teacher, 0, 1);
    await pickFirstFound(teacher, 1, 2);
    const picked = teacher.getByRole("list", { name: /In this set/ }).getByRole("listitem");
    const promptsBefore = await picked.locator(".quiz-prompt").allTextContents();
    await teacher.getByRole("button", { name: "Move question 2 up" }).click();
    await expect(picked.locator(".quiz-prompt").first()).toHaveText(promptsBefore[1]!);
    const answers = await picked.locator(".answer").allTextContents();
    expect(answers).toHaveLength(2);

    await teacher.goto("/teacher/assignments");
    await teacher.getByLabel("Class").selectOption({ label: `Period ${tag}` });
    await teacher
      .getByLabel("Question set")
      .selectOption({ label: `Niger quiz ${tag} (2 questions)` });
    const due = new Date(Date.now() + 7 * 86_400_000);
    const local = new Date(due.getTime() - due.getTimezoneOffset() * 60_000)
      .toISOString()
      .slice(0, 16);
    await teacher.getByLabel("Due").fill(local);
    await teacher.getByRole("button", { name: "Assign" }).click();
    await expect(teacher).toHaveURL(/\/teacher\/assignments\/[\w-]+$/);
    const reportUrl = teacher.url();

    await signUp(student, {
      name: `Pat ${tag}`,
      email: uniqueEmail("pat"),
      password: "a long enough passphrase",
      role: "Student",
    });
    await expect(student).toHaveURL(/\/student$/);
    await student.getByLabel("Join code").fill(joinCode.toLowerCase());
    await student.getByRole("button", { name: "Join class" }).click();
    await expect(student).toHaveURL(/\/student\?joined=/);
    await student.getByRole("link", { name: `Niger quiz ${tag}` }).click();
    await student.getByRole("button", { name: "Start" }).click();
    await expect(student.getByText("Question 1 of 2")).toBeVisible();
    await student.getByLabel("Your answer").fill(answers[0]!);
    await student.getByRole("button", { name: "Save answer" }).click();
    await expect(student.getByText("Question 2 of 2 · 1 answered")).toBeVisible();
    await student.getByLabel("Your answer").fill("wrong on purpose");
    await student.getByRole("button", { name: "Save answer" }).click();
    await expect(student.getByText("Question 2 of 2 · 2 answered")).toBeVisible();
    await student.getByRole("button", { name: "Submit quiz" }).click();
    await expect(
      student.getByRole("heading", { name: "Score: 50% (1 of 2 correct)" }),
    ).toBeVisible();
    const results = student.getByRole("main").getByRole("listitem");
    await expect(results.nth(1)).toContainText("your answer: wrong on purpose");
    await expect(results.nth(1)).toContainText(`answer: ${answers[1]}`);
    await expect(results.nth(1).getByRole("link")).toHaveAttribute("href", /^\/articles\/[^#]+#s-/);

    await teacher.goto(reportUrl);
    await expect(teacher.getByText("1 of 1 students done")).toBeVisible();
    await expect(teacher.getByRole("row", { name: new RegExp(`Pat ${tag}`) })).toContainText("50%");
    await expect(teacher.getByText("Common wrong answers: wrong on purpose (1)")).toBeVisible();
    const [download] = await Promise.all([
      teacher.waitForEvent("download"),
      teacher.getByRole("link", { name: "Download scores (CSV)" }).click(),
    ]);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv).toContain("student,email,status,attempts,score_percent");
    expect(csv).toContain(`Pat ${tag}`);
    expect(csv).toMatch(/,done,1,50,/);
    await teacherContext.close();
  });
});
