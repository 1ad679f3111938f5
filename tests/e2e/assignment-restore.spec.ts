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

// One story across two browsers, as in teacher-quiz: the teacher on a desktop, the student on the
// phone viewport. The student leaves the quiz unsubmitted, so archiving is what closes it.
test.describe("a teacher restores an assignment removed by mistake", () => {
  test.skip(
    ({ isMobile }) => !isMobile,
    "the story runs once, with the student on the phone project",
  );

  test("the teacher archives a started quiz, the student loses sight of it, and a restore brings it back with the score kept", async ({
    page: student,
    browser,
  }) => {
    const { page: teacher, close: closeTeacher } = await desktopPage(browser);
    const tag = await demoTeacherSignsIn(teacher);
    const joinCode = await createClass(teacher, `Restore ${tag}`);
    await createSet(teacher, `Restore quiz ${tag}`);
    await pickFirstFound(teacher, 0, 1);
    const setUrl = teacher.url();
    const [rightAnswer] = await setAnswers(teacher);
    const reportUrl = await assignQuiz(teacher, {
      className: `Restore ${tag}`,
      setLabel: `Restore quiz ${tag} (1 question)`,
    });

    await newStudentJoins(student, `Robin ${tag}`, joinCode);
    const quizLink = student.getByRole("link", { name: `Restore quiz ${tag}` });
    await quizLink.click();
    await student.getByRole("button", { name: "Start" }).click();
    await student.getByLabel("Your answer").fill(rightAnswer!);
    await student.getByRole("button", { name: "Save answer" }).click();
    await expect(student.getByText("Question 1 of 1 · 1 answered")).toBeVisible();

    await teacher.goto(setUrl);
    await expect(teacher.getByTestId("set-usage")).toContainText(
      "This set is used by 1 assignment (1 attempt started).",
    );
    await teacher.goto(reportUrl);
    await expect(teacher.getByText("Students have started this assignment")).toBeVisible();
    await teacher.getByRole("button", { name: "Archive assignment" }).click();
    await teacher.getByRole("button", { name: "Archive", exact: true }).click();
    await expect(teacher).toHaveURL(/\/teacher\/assignments\?removed=archived$/);
    await student.goto("/student");
    await expect(student.getByRole("heading", { name: "Assignments" })).toBeVisible();
    await expect(quizLink).toHaveCount(0);

    await teacher.goto(reportUrl);
    await expect(teacher.getByText(/^Archived .*: students no longer see it/)).toBeVisible();
    await teacher.getByRole("button", { name: "Restore assignment" }).click();
    await expect(teacher).toHaveURL(/\?restored=restored$/);
    await expect(teacher.getByRole("main").getByRole("status")).toHaveText(
      "Assignment restored: students see it again; attempts closed by archiving keep their scores.",
    );
    await expect(teacher.getByText(/^Archived /)).toHaveCount(0);
    await expect(teacher.getByRole("heading", { name: "Change or remove" })).toBeVisible();
    await expect(teacher.getByRole("row", { name: new RegExp(`Robin ${tag}`) })).toContainText(
      "100%",
    );
    await closeTeacher();

    await student.reload();
    await expect(quizLink).toBeVisible();
    await expect(student.getByRole("listitem").filter({ has: quizLink })).toContainText(
      "Done · 100%",
    );
    await quizLink.click();
    await expect(
      student.getByRole("heading", { name: "Score: 100% (1 of 1 correct)" }),
    ).toBeVisible();
    // One attempt allowed, and archiving submitted it: restoring does not hand out another.
    await expect(student.getByRole("button", { name: /^Start/ })).toHaveCount(0);
  });
});
