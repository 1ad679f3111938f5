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
  await expect(student.getByText("Not submitted")).toHaveCount(0);
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
  await expect(student.getByRole("button", { name: "Submit quiz" })).toBeFocused();

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

test("when the signal comes back the Not submitted alert goes, and a signed-out session is named as the reason", async ({
  page: student,
  context,
  browser,
}) => {
  const answers = await startTwoQuestionQuiz(browser, student);
  await context.setOffline(true);
  await saveAnswer(student, answers[0]!);
  await student.getByRole("button", { name: "Submit quiz" }).click();
  const submitAnyway = student.getByRole("button", { name: "Submit anyway" });
  await expect(submitAnyway).toHaveAccessibleDescription(
    "1 question has no answer yet and will count as wrong. Submit anyway?",
  );
  await submitAnyway.click();
  const notSubmitted = student.getByRole("alert").filter({ hasText: "Not submitted" });
  await expect(notSubmitted).toHaveText(
    /could not be sent\. Submit again when you have a connection/,
  );

  // The browser's "online" round sends the kept answer: the alert is no longer true, so it goes.
  await context.setOffline(false);
  await expect(student.getByText("Question 2 of 2 · 1 answered")).toBeVisible();
  await expect(notSubmitted).toHaveCount(0);

  // Signed out (the session ended elsewhere): the answer is kept, and Submit says why.
  await context.clearCookies();
  await saveAnswer(student, answers[1]!);
  await expect(student.getByText("Not sent yet: 1 answer is kept")).toBeVisible();
  await student.getByRole("button", { name: "Submit quiz" }).click();
  await expect(notSubmitted).toHaveText(
    "Not submitted: 1 answer is still only on this device. Sign in to continue.",
  );
});

/** Holds the server-action POSTs that carry one of these responses until released. */
function holdAnswers(student: Page, responses: string[]) {
  const held = responses.map(() => [] as Array<() => void>);
  const released = new Set<number>();
  // Next.js sends one server action at a time: a held request holds the ones after it.
  void student.route("**/student/assignments/**", async (route) => {
    const body = route.request().postData() ?? "";
    const which = responses.findIndex((r) => body.includes(`"response":${JSON.stringify(r)}`));
    if (which === -1 || released.has(which)) return route.continue();
    await new Promise<void>((go) => held[which]!.push(go));
    await route.continue();
  });
  return {
    count: (which: number) => held[which]!.length,
    release(which: number) {
      released.add(which);
      held[which]!.splice(0).forEach((go) => go());
    },
  };
}

test("Submit pressed while the online round is sending waits for it, and sends an answer saved after the round began", async ({
  page: student,
  context,
  browser,
}) => {
  const answers = await startTwoQuestionQuiz(browser, student);
  await context.setOffline(true);
  await saveAnswer(student, answers[0]!);
  await expect(student.getByText("Not sent yet: 1 answer is kept")).toBeVisible();

  // The signal comes back: the "online" round sends the first answer, slowly.
  const network = holdAnswers(student, [answers[0]!, answers[1]!]);
  await context.setOffline(false);
  await expect.poll(() => network.count(0)).toBe(1);
  // The second answer is saved while that round is still waiting, then Submit is pressed. (Next.js
  // sends server actions one at a time, so the save goes out when the round's request is back.)
  await student.getByLabel("Your answer").fill(answers[1]!);
  await student.getByRole("button", { name: "Save answer" }).click();
  await student.getByRole("button", { name: "Submit quiz" }).click();
  await student.getByRole("button", { name: "Submit anyway" }).click();

  // The round ends with the second answer still on the device (its save is held): Submit sends it
  // once more itself, under the same key, instead of refusing.
  network.release(0);
  await expect.poll(() => network.count(1)).toBe(1);
  network.release(1);
  await expect(
    student.getByRole("heading", { name: "Score: 100% (2 of 2 correct)" }),
  ).toBeVisible();
  await expect(student.getByText("Not submitted")).toHaveCount(0);
});
