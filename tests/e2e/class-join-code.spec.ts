import { expect, test } from "@playwright/test";
import { createClass, demoTeacherSignsIn } from "./teacher-steps";

test.describe("a class's join code", () => {
  test("the teacher sees that the code never expires, is asked before making a new code, then makes one that works for 7 days", async ({
    page: teacher,
  }) => {
    const tag = await demoTeacherSignsIn(teacher);
    const oldCode = await createClass(teacher, `Codes ${tag}`);
    const expiry = teacher.getByTestId("join-code-expiry");
    await expect(expiry).toHaveText("This code never expires.");

    await teacher.getByLabel("New code works for").selectOption({ label: "7 days" });
    await teacher.getByRole("button", { name: "Make a new code" }).click();
    // The current code dies at once, so the page asks first; Cancel changes nothing.
    await expect(teacher.getByRole("main").getByRole("status")).toHaveText(
      `Make a new code? The current code ${oldCode} stops working at once.`,
    );
    await teacher.getByRole("button", { name: "Cancel" }).click();
    await expect(teacher.getByRole("button", { name: "Make a new code" })).toBeFocused();
    await teacher.reload();
    await expect(teacher.getByTestId("join-code")).toHaveText(oldCode);
    await teacher.getByLabel("New code works for").selectOption({ label: "7 days" });
    await teacher.getByRole("button", { name: "Make a new code" }).click();
    await teacher.getByRole("button", { name: "Make new code" }).click();
    await expect(teacher.getByRole("main").getByRole("status")).toHaveText(
      /^New join code: \w{8}$/,
    );
    const newCode = (await teacher.getByTestId("join-code").textContent())!.trim();
    expect(newCode).not.toBe(oldCode);
    await expect(teacher.getByRole("main").getByRole("status")).toHaveText(
      `New join code: ${newCode}`,
    );
    const week = new Date(Date.now() + 7 * 86_400_000);
    const day = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }).format(week);
    await expect(expiry).toContainText(`Expires ${day}`);
  });

  test("right after the class is made, and after a reload, the join link is the full address the teacher's browser is on", async ({
    page: teacher,
  }) => {
    const tag = await demoTeacherSignsIn(teacher);
    const code = await createClass(teacher, `Link ${tag}`);
    // The tests reach the server as 127.0.0.1; the server itself listens as localhost.
    const expected = `${new URL(teacher.url()).origin}/join/${code}`;
    expect(expected).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join\//);
    const link = teacher.getByRole("main").getByRole("link", { name: /\/join\// });
    await expect(link).toHaveText(expected);
    await teacher.reload();
    await expect(link).toHaveText(expected);
  });
});
