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

// The student's browser runs on Playwright's fake clock, so a minute passes at once; the server
// keeps real time, so every answer arrives well inside the server's deadline.
test.describe("a timed quiz on a phone", () => {
  test.skip(({ isMobile }) => !isMobile, "the countdown is checked on the 360 px phone");

  test("shows the time left from the server's deadline, says when time is up, and submits the answers given", async ({
    page: student,
    browser,
  }) => {
    const { page: teacher, close: closeTeacher } = await desktopPage(browser);
    const tag = await demoTeacherSignsIn(teacher);
    const joinCode = await createClass(teacher, `Timed ${tag}`);
    await createSet(teacher, `Timed quiz ${tag}`);
    await pickFirstFound(teacher, 0, 1);
    await pickFirstFound(teacher, 1, 2);
    const answers = await setAnswers(teacher);
    await assignQuiz(teacher, {
      className: `Timed ${tag}`,
      setLabel: `Timed quiz ${tag} (2 questions)`,
      timeLimitMinutes: 1,
    });
    await closeTeacher();

    await student.clock.install();
    await newStudentJoins(student, `Tim ${tag}`, joinCode);
    await student.getByRole("link", { name: `Timed quiz ${tag}` }).click();
    await student.getByRole("button", { name: "Start" }).click();
    const timer = student.getByRole("timer", { name: "Time left" });
    await expect(timer).toHaveText(/^Time left (01:00|00:5\d)$/);
    await expect(timer).toBeInViewport();
    const announcement = student.getByTestId("timer-announcement");
    await expect(announcement).toHaveAttribute("aria-live", "polite");
    await expect(announcement).toHaveText("");

    await student.getByLabel("Your answer").fill(answers[0]!);
    await student.getByRole("button", { name: "Save answer" }).click();
    await expect(student.getByText("Question 2 of 2 · 1 answered")).toBeVisible();
    await student.clock.fastForward("00:45");
    await expect(timer).toHaveText(/^Time left 00:1\d$/);
    await expect(announcement).toHaveText("");
    // Typed but not saved when the time runs out: it still counts.
    await student.getByLabel("Your answer").fill(answers[1]!);

    await student.clock.fastForward("00:20");
    await expect(
      student.getByRole("heading", { name: "Score: 100% (2 of 2 correct)" }),
    ).toBeVisible();
    await expect(student.getByRole("main").getByRole("status")).toContainText(
      "Time is up. Your answers were submitted",
    );
    await expect(student).toHaveURL(/\?ended=time$/);
    await expect(student.getByRole("button", { name: "Start again" })).toHaveCount(0);
  });
});
