import { describe, expect, it } from "vitest";
import { buildBank, extractFacts, ingestArticle, segmentSentences } from "@/app/_domain/content";
import { takesThe } from "@/app/_domain/content/articles";
import { buildPools } from "@/app/_domain/content/distractors";
import { swapped } from "@/app/_domain/content/statements";
import { seeds } from "./support";

// Which names take "the" (articles.ts) and how a swapped-in name brings it along; the wording
// tests (wording.test.ts) hold the same rules seen through whole questions.

function poolsOf(text: string) {
  const article = ingestArticle({ file: "probe.txt", text: `Probe headline\n\n${text}\n` });
  return buildPools(extractFacts(article.body, segmentSentences(article.id, article.body)));
}

describe("names the corpus writes with “the”", () => {
  it("are those whose mentions mostly have it where the name ends its phrase", () => {
    const { articles } = poolsOf(
      "The United States is sending troops to Niger. Talks between Mali and the United States failed. " +
        "Officials in the Agadez region spoke to reporters in Niamey.",
    );
    const the = (name: string) => takesThe(articles, name);
    expect(the("United States")).toBe(true);
    expect(the("Mali")).toBe(false);
    expect(the("Niger")).toBe(false);
    // "the Agadez region": the article belongs to "region", not to the name.
    expect(articles.has("Agadez")).toBe(false);
    expect(the("Agadez")).toBe(false);
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
    ["Niger ended its deal with the U.S.", "U.S.", "France", "Niger ended its deal with France."],
  ])("%j with %s → %s reads %j", (text, value, replacement, expected) => {
    const statement = { text, at: text.indexOf(value), value };
    expect(swapped(statement, replacement, (name) => definite.has(name))).toBe(expected);
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
