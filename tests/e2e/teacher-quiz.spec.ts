import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import {
  assignQuiz,
  createClass,
  createSet,
  demoTeacherSignsIn,
  desktopPage,
  newStudentJoins,
  pickFirstFound,
  setAnswers,
} from "./teacher-steps";

// One story across two browsers: the teacher on a desktop, the student on the phone viewport.
test.describe("a teacher's quiz from class to report", () => {
  test.skip(
    ({ isMobile }) => !isMobile,
    "the story runs once, with the student on the phone project",
  );

  test("the demo teacher assigns a quiz, a new student takes it on a phone, and the report shows the wrong answer", async ({
    page: student,
    browser,
  }) => {
    const { page: teacher, close: closeTeacher } = await desktopPage(browser);
    const tag = await demoTeacherSignsIn(teacher);

    const joinCode = await createClass(teacher, `Period ${tag}`);
    // The header leads to a teacher's own pages.
    await teacher
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Sets" })
      .click();
    await expect(teacher).toHaveURL(/\/teacher\/sets$/);

    await createSet(teacher, `Niger quiz ${tag}`);
    await pickFirstFound(teacher, 0, 1);
    await pickFirstFound(teacher, 1, 2);
    const picked = teacher.getByRole("list", { name: /In this set/ }).getByRole("listitem");
    const promptsBefore = await picked.locator(".quiz-prompt").allTextContents();
    await teacher.getByRole("button", { name: "Move question 2 up" }).click();
    await expect(picked.locator(".quiz-prompt").first()).toHaveText(promptsBefore[1]!);
    const answers = await setAnswers(teacher);
    expect(answers).toHaveLength(2);

    const reportUrl = await assignQuiz(teacher, {
      className: `Period ${tag}`,
      setLabel: `Niger quiz ${tag} (2 questions)`,
    });

    await newStudentJoins(student, `Pat ${tag}`, joinCode);
    await student.getByRole("link", { name: `Niger quiz ${tag}` }).click();
    await student.getByRole("button", { name: "Start" }).click();
    await expect(student.getByText("Question 1 of 2")).toBeVisible();
    await expect(student.getByRole("timer")).toHaveCount(0);
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
    // One response is too few to call a question worth a look.
    await expect(teacher.getByText("Worth a look")).toHaveCount(0);
    await expect(
      teacher.getByText(
        "Question statistics count each student’s first submitted attempt; scores above are each student’s best attempt.",
      ),
    ).toBeVisible();
    const [download] = await Promise.all([
      teacher.waitForEvent("download"),
      teacher.getByRole("link", { name: "Download scores (CSV)" }).click(),
    ]);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv).toContain("student,email,status,attempts,score_percent");
    expect(csv).toContain(`Pat ${tag}`);
    expect(csv).toMatch(/,done,1,50,/);

    // The teacher reads the student's answers as the student's, not as "your" answers.
    await teacher
      .getByRole("row", { name: new RegExp(`Pat ${tag}`) })
      .getByRole("link")
      .click();
    await expect(teacher.getByRole("heading", { name: `Pat ${tag}, attempt 1` })).toBeVisible();
    const marked = teacher.getByRole("main").getByRole("listitem");
    await expect(marked.nth(1)).toContainText(`Pat ${tag}’s answer: wrong on purpose`);
    await expect(marked.nth(1)).toContainText(`correct answer: ${answers[1]}`);
    await expect(teacher.getByRole("main")).not.toContainText("your answer");

    await teacher.goto("/teacher/classes");
    await expect(teacher.getByRole("listitem").filter({ hasText: `Period ${tag}` })).toContainText(
      "1 student · 1 assignment · code",
    );
    await closeTeacher();
  });

  test("a student who starts a quiz again is asked first, and Cancel keeps the results on the page", async ({
    page: student,
    browser,
  }) => {
    const { page: teacher, close: closeTeacher } = await desktopPage(browser);
    const tag = await demoTeacherSignsIn(teacher);
    const joinCode = await createClass(teacher, `Retake ${tag}`);
    await createSet(teacher, `Retake quiz ${tag}`);
    await pickFirstFound(teacher, 0, 1);
    await assignQuiz(teacher, {
      className: `Retake ${tag}`,
      setLabel: `Retake quiz ${tag} (1 question)`,
      attempts: 2,
    });
    await closeTeacher();

    await newStudentJoins(student, `Robin ${tag}`, joinCode);
    await student.getByRole("link", { name: `Retake quiz ${tag}` }).click();
    await student.getByRole("button", { name: "Start", exact: true }).click();
    await student.getByRole("button", { name: "Submit quiz" }).click();
    await student.getByRole("button", { name: "Submit anyway" }).click();
    const score = student.getByRole("heading", { name: /^Score: 0%/ });
    await expect(score).toBeVisible();

    await student.getByRole("button", { name: "Start again" }).click();
    await expect(
      student.getByText(
        "Start attempt 2 of 2? It begins with no answers; your results so far are kept.",
      ),
    ).toBeVisible();
    await student.getByRole("button", { name: "Cancel" }).click();
    await expect(score).toBeVisible();
    await expect(student.getByRole("button", { name: "Start again" })).toBeFocused();

    await student.getByRole("button", { name: "Start again" }).click();
    await student.getByRole("button", { name: "Start now" }).click();
    await expect(student.getByText("Question 1 of 1")).toBeVisible();
  });
});
