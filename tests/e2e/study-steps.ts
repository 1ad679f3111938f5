import type { Page } from "@playwright/test";

// Steps of the study screen shared by the study specs.

// Answers whatever the queue shows, as a student would: tapping options or typing. Returns the
// kind of question it answered (the label above the prompt).
export async function answerByTapping(page: Page): Promise<string> {
  const card = page.locator("section.study-card").filter({ has: page.locator("#prompt") });
  const label = (await card.locator(".meta").first().textContent())!.split(" · ")[0]!;
  if (label === "Multiple choice") await card.getByRole("radio").first().tap();
  else if (label === "True or false?") await card.getByRole("radio", { name: /True/ }).tap();
  else if (label === "Flashcard") {
    await card.getByRole("button", { name: /Show answer/ }).tap();
    await card.getByRole("button", { name: /Good/ }).tap();
    return label;
  } else await card.getByLabel("Your answer").fill(label === "Number" ? "1100" : "Niamey");
  await card.getByRole("button", { name: "Check" }).tap();
  return label;
}

export const feedbackHeading = (page: Page) =>
  page.getByRole("heading", { name: /^(Correct|Not quite|Rated)$/ });

export const answeredCount = (page: Page) => page.locator(".session-bar span").first();
