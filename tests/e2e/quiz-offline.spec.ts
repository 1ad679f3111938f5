import { expect, test, type Browser, type Page } from "@playwright/test";
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

// A student takes a quiz on a phone whose signal comes and goes: a saved answer is kept on the
// device until the server has it, the quiz goes on meanwhile, and a retry is recorded once.

test.skip(({ isMobile }) => !isMobile, "a phone losing its signal");

/** The demo teacher assigns a two-question quiz; a new student joins and starts it. */
async function startTwoQuestionQuiz(browser: Browser, student: Page): Promise<string[]> {
  const { page: teacher, close } = await desktopPage(browser);
  const tag = await demoTeacherSignsIn(teacher);
  const joinCode = await createClass(teacher, `Signal ${tag}`);
  await createSet(teacher, `Signal quiz ${tag}`);
  await pickFirstFound(teacher, 0, 1);
  await pickFirstFound(teacher, 1, 2);
  const answers = await setAnswers(teacher);
  await assignQuiz(teacher, {
    className: `Signal ${tag}`,
    setLabel: `Signal quiz ${tag} (2 questions)`,
  });
  await close();
  await newStudentJoins(student, `Sam ${tag}`, joinCode);
  await student.getByRole("link", { name: `Signal quiz ${tag}` }).click();
  await student.getByRole("button", { name: "Start" }).click();
  await expect(student.getByText("Question 1 of 2 · 0 answered")).toBeVisible();
  return answers;
}

async function saveAnswer(student: Page, response: string) {
  await student.getByLabel("Your answer").fill(response);
  await student.getByRole("button", { name: "Save answer" }).click();
}

test("answers saved without signal are kept, the quiz goes on, and they are sent when the signal comes back", async ({
  page: student,
  context,
  browser,
}) => {
  const answers = await startTwoQuestionQuiz(browser, student);

  await context.setOffline(true);
  await saveAnswer(student, answers[0]!);
  await expect(student.getByText("Question 2 of 2 · 0 answered")).toBeVisible();
  await expect(student.getByRole("status").filter({ hasText: "Not sent yet" })).toHaveText(
    "Not sent yet: 1 answer is kept on this device and will be sent by itself.",
  );
  await saveAnswer(student, "wrong on purpose");
  await expect(student.getByText("Not sent yet: 2 answers are kept")).toBeVisible();
  await expect(student.getByText("(kept on this device until it is sent)")).toBeVisible();

  await context.setOffline(false);
  await expect(student.getByText("Question 2 of 2 · 2 answered")).toBeVisible();
  await expect(student.getByText("Not sent yet")).toHaveCount(0);
  await student.getByRole("button", { name: "Submit quiz" }).click();
  await expect(student.getByRole("heading", { name: "Score: 50% (1 of 2 correct)" })).toBeVisible();
});

/** Server actions are POSTs to the page: lose them before or after the server has them. */
async function loseAnswers(student: Page, when: "before the server" | "after the server") {
  await student.route("**/student/assignments/**", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    if (when === "after the server") await route.fetch();
    await route.abort("internetdisconnected");
  });
}

test("answers kept on the phone are sent when the quiz reopens, and one whose reply was lost is recorded once", async ({
  page: student,
  browser,
}) => {
  const answers = await startTwoQuestionQuiz(browser, student);

  // The first answer never reaches the server; the page is closed and opened again.
  await loseAnswers(student, "before the server");
  await saveAnswer(student, answers[0]!);
  await expect(student.getByText("Not sent yet: 1 answer is kept")).toBeVisible();
  await student.unrouteAll();
  await student.reload();
  // The quiz reopens where the server's answers leave it (question 1), and shows it answered.
  await expect(student.getByText("Question 1 of 2 · 1 answered")).toBeVisible();
  await expect(student.getByText(`Your answer: ${answers[0]}`)).toBeVisible();
  await expect(student.getByText("Not sent yet")).toHaveCount(0);
  await student.getByRole("button", { name: "Next" }).click();

  // The second reaches the server, but its reply is lost: sent again, under the same key.
  await loseAnswers(student, "after the server");
  await saveAnswer(student, answers[1]!);
  await expect(student.getByText("Not sent yet: 1 answer is kept")).toBeVisible();
  await student.unrouteAll();
  await student.reload();
  await expect(student.getByText("Question 2 of 2 · 2 answered")).toBeVisible();
  await expect(student.getByText("Not sent yet")).toHaveCount(0);
  await student.getByRole("button", { name: "Submit quiz" }).click();
  await expect(
    student.getByRole("heading", { name: "Score: 100% (2 of 2 correct)" }),
  ).toBeVisible();
});

test("a quiz is not submitted while a saved answer is only on the phone, and submitting sends it first", async ({
  page: student,
  browser,
}) => {
  const answers = await startTwoQuestionQuiz(browser, student);
  // With questions unanswered, Submit asks once more, and the student can go back.
  await student.getByRole("button", { name: "Submit quiz" }).click();
  await expect(student.getByRole("status").filter({ hasText: "Submit anyway?" })).toHaveText(
    "2 questions have no answer yet and will count as wrong. Submit anyway?",
  );
  await expect(student.getByRole("button", { name: "Submit anyway" })).toBeFocused();
  await student.getByRole("button", { name: "Keep answering" }).click();
  await expect(student.getByText("Submit anyway?")).toHaveCount(0);

  await loseAnswers(student, "before the server");
  await saveAnswer(student, answers[0]!);
  await expect(student.getByText("Not sent yet: 1 answer is kept")).toBeVisible();
  await student.getByRole("button", { name: "Submit quiz" }).click();
  await expect(student.getByText("1 question has no answer yet")).toBeVisible();
  await student.getByRole("button", { name: "Submit anyway" }).click();
  await expect(student.getByRole("alert").filter({ hasText: "Not submitted" })).toHaveText(
    "Not submitted: 1 answer is still only on this device and could not be sent. Submit again when you have a connection.",
  );
  await expect(student.getByText("Question 2 of 2 · 0 answered")).toBeVisible();

  // The signal is back but no answer has been sent since: Submit sends it, then submits.
  await student.unrouteAll();
  await student.getByRole("button", { name: "Submit anyway" }).click();
  await expect(student.getByRole("heading", { name: "Score: 50% (1 of 2 correct)" })).toBeVisible();
});
