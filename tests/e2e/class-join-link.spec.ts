import { expect, test } from "@playwright/test";
import { signOut, signUp, uniqueEmail } from "./helpers";
import { createClass, demoTeacherSignsIn, desktopPage } from "./teacher-steps";

// The student on the phone project opens the link a teacher (on a desktop) shared.
test.describe("a student joins a class from the teacher's link", () => {
  test.skip(({ isMobile }) => !isMobile, "the student is on the phone project");

  test("a signed-out student creates an account from the join link, comes back to it, joins, and sees the class on the home page", async ({
    page: student,
    browser,
  }) => {
    const { page: teacher, close } = await desktopPage(browser);
    const tag = await demoTeacherSignsIn(teacher);
    const className = `Joined ${tag}`;
    const code = await createClass(teacher, className);
    await close();

    await student.goto(`/join/${code}`);
    await student.getByRole("main").getByRole("link", { name: "create a student account" }).click();
    await expect(student).toHaveURL(/\/signup\?callbackUrl=/);
    await student.getByLabel("Name").fill(`Jo ${tag}`);
    await student.getByLabel("Email").fill(uniqueEmail("jo"));
    await student.getByLabel(/^Password/).fill("a long enough passphrase");
    await student.getByRole("button", { name: "Create account" }).click();

    await expect(student).toHaveURL(new RegExp(`/join/${code}$`));
    await expect(student.getByLabel("Join code")).toHaveValue(code);
    await student.getByRole("button", { name: "Join class" }).click();
    await expect(student).toHaveURL(/\/student\?joined=/);
    await expect(student.getByRole("main").getByRole("status")).toHaveText(
      `You joined ${className}.`,
    );
    await expect(student.getByRole("list", { name: "Your classes" })).toContainText(className);
  });

  test("a student with an account signs in from the join link and comes back to it; joining again says they are already in the class", async ({
    page: student,
    browser,
  }) => {
    const { page: teacher, close } = await desktopPage(browser);
    const tag = await demoTeacherSignsIn(teacher);
    const className = `Again ${tag}`;
    const code = await createClass(teacher, className);
    await close();
    const account = {
      name: `Lee ${tag}`,
      email: uniqueEmail("lee"),
      password: "a long enough passphrase",
    };
    await signUp(student, { ...account, role: "Student" });
    await expect(student).toHaveURL(/\/student$/);
    await expect(student.getByText("You are not in a class yet.")).toBeVisible();
    await signOut(student);

    await student.goto(`/join/${code}`);
    await student.getByRole("main").getByRole("link", { name: "Sign in" }).click();
    await expect(student).toHaveURL(/\/signin\?callbackUrl=/);
    await student.getByLabel("Email").fill(account.email);
    await student.getByLabel("Password").fill(account.password);
    await student.getByRole("button", { name: "Sign in" }).click();
    await expect(student).toHaveURL(new RegExp(`/join/${code}$`));
    await student.getByRole("button", { name: "Join class" }).click();
    await expect(student.getByRole("main").getByRole("status")).toHaveText(
      `You joined ${className}.`,
    );

    await student.goto(`/join/${code}`);
    await student.getByRole("button", { name: "Join class" }).click();
    await expect(student.getByRole("main").getByRole("status")).toHaveText(
      `You are already in ${className}.`,
    );
  });
});
