import { expect, test } from "@playwright/test";
import { createClass, demoTeacherSignsIn, desktopPage, newStudentJoins } from "./teacher-steps";

test.describe("a teacher removes a student from a class", () => {
  test.skip(({ isMobile }) => Boolean(isMobile), "the teacher works on the desktop project");

  test("the teacher is asked before a student is removed, cancels, then removes the student", async ({
    page: teacher,
    browser,
  }) => {
    const tag = await demoTeacherSignsIn(teacher);
    const className = `Roster ${tag}`;
    const joinCode = await createClass(teacher, className);
    const { page: student, close } = await desktopPage(browser);
    await newStudentJoins(student, `Kim ${tag}`, joinCode);
    await close();

    await teacher.reload();
    const roster = teacher.getByRole("main").getByRole("listitem");
    await expect(roster).toHaveCount(1);
    await teacher.getByRole("button", { name: `Remove Kim ${tag}` }).click();
    await expect(roster.getByRole("status")).toHaveText(
      `Remove Kim ${tag} from ${className}? Their results stay in your reports; they need a join code to come back.`,
    );
    await teacher.getByRole("button", { name: "Cancel" }).click();
    await expect(teacher.getByRole("button", { name: `Remove Kim ${tag}` })).toBeFocused();
    await teacher.reload();
    await expect(teacher.getByRole("heading", { name: "Students (1)" })).toBeVisible();

    await teacher.getByRole("button", { name: `Remove Kim ${tag}` }).click();
    await teacher.getByRole("button", { name: "Remove", exact: true }).click();
    await expect(teacher.getByRole("heading", { name: "Students (0)" })).toBeVisible();
    await expect(teacher.getByText("No students yet.")).toBeVisible();
  });
});
