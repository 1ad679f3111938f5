import type { Locator, Page } from "@playwright/test";

// Steps of the study screen shared by the study specs.

// Answers whatever the queue shows, as a student would: tapping (on a phone; clicking on a
// desktop) options or typing. Returns the kind of question it answered (the label above the prompt).
export async function answerByTapping(page: Page, press: "tap" | "click" = "tap"): Promise<string> {
  const hit = (target: Locator) => (press === "tap" ? target.tap() : target.click());
  const card = page.locator("section.study-card").filter({ has: page.locator("#prompt") });
  const label = (await card.locator(".meta").first().textContent())!.split(" · ")[0]!;
  if (label === "Multiple choice") await hit(card.getByRole("radio").first());
  else if (label === "True or false?") await hit(card.getByRole("radio", { name: /True/ }));
  else if (label === "Flashcard") {
    await hit(card.getByRole("button", { name: /Show answer/ }));
    await hit(card.getByRole("button", { name: /Good/ }));
    return label;
  } else await card.getByLabel("Your answer").fill(label === "Number" ? "1100" : "Niamey");
  await hit(card.getByRole("button", { name: "Check" }));
  return label;
}

export const feedbackHeading = (page: Page) =>
  page.getByRole("heading", { name: /^(Correct|Not quite|Rated)$/ });

export const answeredCount = (page: Page) => page.locator(".session-bar span").first();
