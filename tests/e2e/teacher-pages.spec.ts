import { expect, test } from "@playwright/test";
import { createClass, createSet, demoTeacherSignsIn } from "./teacher-steps";

test.describe("a teacher's pages", () => {
  test("a class name of 100 characters without spaces fits a phone's width on the class page and in the classes list", async ({
    page: teacher,
    isMobile,
  }) => {
    test.skip(!isMobile, "the phone's width");
    const tag = await demoTeacherSignsIn(teacher);
    const name = `W${tag}`.padEnd(100, "W");
    await createClass(teacher, name);
    await expect(teacher.getByRole("heading", { name })).toBeVisible();
    const width = () => teacher.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(360);
    await teacher.goto("/teacher/classes");
    await expect(teacher.getByRole("link", { name })).toBeVisible();
    expect(await width()).toBeLessThanOrEqual(360);
  });

  test("the set builder says how many of the matching questions it shows", async ({
    page: teacher,
    isMobile,
  }) => {
    test.skip(isMobile, "the teacher works on the desktop project");
    const tag = await demoTeacherSignsIn(teacher);
    await createSet(teacher, `Count ${tag}`);
    // Unfiltered, the bank's questions are more than the list's 50.
    const heading = teacher.getByRole("heading", { name: /^Questions found \(\d+\)$/ });
    const total = Number((await heading.textContent())!.match(/\((\d+)\)/)![1]);
    expect(total).toBeGreaterThan(50);
    await expect(teacher.getByText(`Showing 50 of ${total} questions.`)).toBeVisible();
    await expect(
      teacher.getByRole("list", { name: /Questions found/ }).getByRole("listitem"),
    ).toHaveCount(50);
  });
});
