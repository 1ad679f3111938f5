import { expect, test } from "@playwright/test";
import {
  assignQuiz,
  createClass,
  createSet,
  demoTeacherSignsIn,
  pickFirstFound,
} from "./teacher-steps";

test.describe("a teacher changes and removes an assignment", () => {
  test.skip(({ isMobile }) => Boolean(isMobile), "the teacher works on the desktop project");

  test("the teacher raises the attempt limit, sees a bad attempt limit refused, is asked before deleting, cancels, then deletes the unstarted assignment", async ({
    page: teacher,
  }) => {
    const tag = await demoTeacherSignsIn(teacher);
    await createClass(teacher, `Edit ${tag}`);
    await createSet(teacher, `Edit set ${tag}`);
    await pickFirstFound(teacher, 0, 1);
    const setUrl = teacher.url();
    await expect(teacher.getByTestId("set-usage")).toHaveCount(0);
    const reportUrl = await assignQuiz(teacher, {
      className: `Edit ${tag}`,
      setLabel: `Edit set ${tag} (1 question)`,
    });
    // Editing the set now reaches the assignment, and the set's page says so.
    await teacher.goto(setUrl);
    await expect(teacher.getByTestId("set-usage")).toContainText(
      "This set is used by 1 assignment (not started yet). Changes to its questions apply to them",
    );
    await teacher.goto(reportUrl);
    await expect(teacher.getByText("1 attempt · no time limit")).toBeVisible();

    await teacher.getByLabel("Attempts allowed").fill("3");
    await teacher.getByLabel(/Time limit in minutes/).fill("20");
    await teacher.getByRole("button", { name: "Save changes" }).click();
    await expect(teacher.getByRole("main").getByRole("status")).toHaveText(/Changes saved/);
    await expect(teacher.getByText("3 attempts · time limit 20 min")).toBeVisible();

    await teacher.getByLabel("Attempts allowed").fill("0");
    await teacher.getByLabel("Attempts allowed").evaluate((input) => input.removeAttribute("min"));
    await teacher.getByRole("button", { name: "Save changes" }).click();
    await expect(teacher.getByRole("main").getByRole("alert")).toHaveText(
      "Allow at least one attempt.",
    );

    await expect(teacher.getByText("Nobody has started this assignment")).toBeVisible();
    await teacher.getByRole("button", { name: "Delete assignment" }).click();
    await expect(teacher.getByRole("main").getByRole("status")).toHaveText(
      "Delete this assignment? This cannot be undone.",
    );
    await teacher.getByRole("button", { name: "Cancel" }).click();
    await teacher.reload();
    await expect(teacher.getByRole("heading", { name: `Edit set ${tag}` })).toBeVisible();
    await teacher.getByRole("button", { name: "Delete assignment" }).click();
    await teacher.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(teacher).toHaveURL(/\/teacher\/assignments\?removed=deleted$/);
    await expect(teacher.getByRole("main").getByRole("status")).toHaveText("Assignment deleted.");
    await expect(teacher.getByRole("link", { name: `Edit set ${tag}` })).toHaveCount(0);
  });
});
