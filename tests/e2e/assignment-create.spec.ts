import { expect, test } from "@playwright/test";
import { formError } from "./helpers";
import {
  createClass,
  createSet,
  demoTeacherSignsIn,
  localInput,
  pickFirstFound,
} from "./teacher-steps";

const DAY = 86_400_000;

test.describe("a teacher creates an assignment", () => {
  test.skip(({ isMobile }) => Boolean(isMobile), "the teacher works on the desktop project");

  test("a due date in the past is refused as such, every field keeps what the teacher entered, and the corrected form assigns the chosen class and set", async ({
    page: teacher,
  }) => {
    const tag = await demoTeacherSignsIn(teacher);
    // Made first, so neither is the list's default (newest first) when chosen below.
    await createClass(teacher, `Chosen ${tag}`);
    await createClass(teacher, `Other ${tag}`);
    await createSet(teacher, `Chosen set ${tag}`);
    await pickFirstFound(teacher, 0, 1);
    await createSet(teacher, `Other set ${tag}`);

    await teacher.goto("/teacher/assignments");
    const className = teacher.getByLabel("Class");
    const setName = teacher.getByLabel("Question set");
    await className.selectOption({ label: `Chosen ${tag}` });
    await setName.selectOption({ label: `Chosen set ${tag} (1 question)` });
    await teacher.getByLabel("Practice").check();
    const past = localInput(new Date(Date.now() - DAY));
    await teacher.getByLabel("Due").fill(past);
    await teacher.getByLabel("Attempts allowed").fill("3");
    await teacher.getByLabel(/Time limit in minutes/).fill("15");
    await teacher.getByRole("button", { name: "Assign" }).click();

    await expect(formError(teacher)).toHaveText("The due date is in the past.");
    await expect(className.locator("option:checked")).toHaveText(`Chosen ${tag}`);
    await expect(setName.locator("option:checked")).toHaveText(`Chosen set ${tag} (1 question)`);
    await expect(teacher.getByLabel("Practice")).toBeChecked();
    await expect(teacher.getByLabel(/^Opens/)).toHaveValue("");
    await expect(teacher.getByLabel("Due")).toHaveValue(past);
    await expect(teacher.getByLabel("Attempts allowed")).toHaveValue("3");
    await expect(teacher.getByLabel(/Time limit in minutes/)).toHaveValue("15");

    await teacher.getByLabel("Due").fill(localInput(new Date(Date.now() + 7 * DAY)));
    await teacher.getByRole("button", { name: "Assign" }).click();
    await expect(teacher).toHaveURL(/\/teacher\/assignments\/[\w-]+$/);
    await expect(teacher.getByRole("heading", { name: `Chosen set ${tag}` })).toBeVisible();
    await expect(teacher.getByText(`Chosen ${tag} · Practice`)).toBeVisible();
    await expect(teacher.getByText("3 attempts · time limit 15 min")).toBeVisible();
  });
});
