import { describe, expect, it } from "vitest";
import { buildBank, extractFacts, ingestArticle, segmentSentences } from "@/app/_domain/content";
import { definiteNames, swapWithArticle } from "@/app/_domain/content/definite-names";
import { seeds } from "./support";

function mentionsOf(text: string) {
  const article = ingestArticle({ file: "probe.txt", text: `Probe headline\n\n${text}\n` });
  return {
    body: article.body,
    facts: extractFacts(article.body, segmentSentences(article.id, article.body)),
  };
}

describe("names the corpus writes with “the”", () => {
  it("are those whose mentions mostly have it where the name ends its phrase", () => {
    const names = definiteNames([
      mentionsOf(
        "The United States is sending troops to Niger. Talks between Mali and the United States failed. " +
          "Officials in the Agadez region spoke to reporters in Niamey.",
      ),
    ]);
    expect(names.has("United States")).toBe(true);
    expect(names.has("Mali")).toBe(false);
    expect(names.has("Niger")).toBe(false);
    // "the Agadez region": the article belongs to "region", not to the name.
    expect(names.has("Agadez")).toBe(false);
  });
});

describe("a name swapped into a statement", () => {
  const definite = new Set(["United States", "Pentagon"]);
  it.each([
    [
      "Both Burkina Faso and Mali sought help.",
      "Burkina Faso",
      "United States",
      "Both the United States and Mali sought help.",
    ],
    ["The Pentagon ordered a withdrawal.", "Pentagon", "Mali", "Mali ordered a withdrawal."],
    ["Troops left the Pentagon quickly.", "Pentagon", "Mali", "Troops left Mali quickly."],
    [
      "The United States suspended aid.",
      "United States",
      "Pentagon",
      "The Pentagon suspended aid.",
    ],
    ["Mali signed a deal.", "Mali", "United States", "The United States signed a deal."],
    ["The US suspended aid to Niger.", "Niger", "Mali", "The US suspended aid to Mali."],
  ])("%j with %s → %s reads %j", (text, original, replacement, expected) => {
    expect(swapWithArticle(text, text.indexOf(original), original, replacement, definite)).toBe(
      expected,
    );
  });

  it("never leaves a swapped name without the article the corpus gives it, in the seed bank", () => {
    const { bank } = buildBank(seeds());
    const swaps = bank.questions.filter(
      (q) => q.alteration && q.alteration.replacement === "United States",
    );
    for (const q of swaps) expect(q.prompt).toMatch(/\b[Tt]he United States\b/);
    expect(bank.questions.map((q) => q.prompt)).toContain(
      "True or false? Both the United States and Mali have sought assistance from the Russian mercenary group.",
    );
  });
});
