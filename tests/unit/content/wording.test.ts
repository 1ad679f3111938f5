import { describe, expect, it } from "vitest";
import { extractFacts, ingestArticle, segmentSentences } from "@/app/_domain/content";
import { takesThe } from "@/app/_domain/content/articles";
import { buildPools } from "@/app/_domain/content/distractors";
import { quoteInside } from "@/app/_domain/content/quoting";
import { shortStatement, swapped } from "@/app/_domain/content/statements";
import { probeBank } from "./support";

// Wording rules, each with a sentence in and the question out (or the reason it was dropped).

describe("quotes inside a cloze prompt", () => {
  it("turns a quotation inside the sentence into an inner quotation", () => {
    expect(quoteInside("Talks to “partially” evacuate soldiers were in progress.")).toBe(
      "Talks to ‘partially’ evacuate soldiers were in progress.",
    );
    expect(quoteInside('"We pay what the market can bear," said Aidoo.')).toBe(
      "‘We pay what the market can bear,’ said Aidoo.",
    );
  });

  it("closes a quotation that goes on in the next sentence, and opens one that ends here", () => {
    expect(quoteInside("He told the convention: “For a while, the bases closed down.")).toBe(
      "He told the convention: ‘For a while, the bases closed down.’",
    );
    expect(quoteInside("Now we are doing a large number of tasks again.”")).toBe(
      "‘Now we are doing a large number of tasks again.’",
    );
  });

  it("leaves apostrophes alone", () => {
    expect(quoteInside("Niger’s junta said it wasn’t consulted.")).toBe(
      "Niger’s junta said it wasn’t consulted.",
    );
  });

  it("gives a cloze prompt whose quotation marks pair up", () => {
    const { lines } = probeBank([
      "General James Hecker explained the situation at the annual Air and Space Forces " +
        "Association convention in Maryland: “For a while, we weren’t doing any missions on the bases.",
      "The missions resumed within weeks, he added.”",
    ]);
    expect(lines).toContain(
      "cloze → Fill in the blank: “General James Hecker explained the situation at the annual " +
        "_____ convention in Maryland: ‘For a while, we weren’t doing any missions on the bases.’” " +
        "→ Air and Space Forces Association",
    );
  });
});

/** A one-article corpus: its facts, sentences and pools. */
function corpus(paragraphs: string[]) {
  const article = ingestArticle({
    file: "probe.txt",
    text: `Probe headline\n\n${paragraphs.join("\n\n")}\n`,
  });
  const sentences = segmentSentences(article.id, article.body);
  const facts = extractFacts(article.body, sentences);
  return { sentences, facts, pools: buildPools(facts) };
}

/** The short statement of `value` in the corpus's first sentence, with `swap` put in. */
function falseStatement(paragraphs: string[], value: string, swap: string): string {
  const { sentences, facts, pools } = corpus(paragraphs);
  const fact = facts.find((f) => f.sentenceId === sentences[0]?.id && f.value === value);
  const statement = fact && shortStatement(sentences[0]!, fact);
  if (!statement) throw new Error(`no statement of "${value}"`);
  return swapped(statement, swap, (name) => takesThe(pools.articles, name));
}

describe("articles of a name swapped into a false statement", () => {
  const others = [
    "The United States has resumed its drone flights over the region this week.",
    "The Pentagon said the flights had resumed after talks with the military rulers.",
    "France said it would keep its embassy open for the coming months.",
  ];

  it("puts in the article a name takes", () => {
    expect(
      falseStatement(
        [
          "Both Burkina Faso and Mali have sought assistance from the mercenary group, previously known by another name, for training and support.",
          ...others,
        ],
        "Burkina Faso",
        "United States",
      ),
    ).toBe("Both the United States and Mali have sought assistance from the mercenary group.");
  });

  it("takes out the article of a name swapped for one that takes none", () => {
    expect(
      falseStatement(
        [
          "The United States is shifting troops from the capital to the north, where the drone base is, officials said on Friday.",
          ...others,
        ],
        "United States",
        "France",
      ),
    ).toBe("France is shifting troops from the capital to the north.");
    expect(
      falseStatement(
        [
          "Niger revoked its military cooperation deal with the U.S., following a trend in the region of breaking ties with Western countries.",
          ...others,
        ],
        "U.S.",
        "France",
      ),
    ).toBe("Niger revoked its military cooperation deal with France.");
  });

  it("reads each name's article from how the corpus writes it, else from its shape", () => {
    const { pools } = corpus(others);
    const the = (name: string) => takesThe(pools.articles, name);
    expect([the("United States"), the("Pentagon"), the("France")]).toEqual([true, true, false]);
    expect([the("United Arab Emirates"), the("Biden administration"), the("Al Jazeera")]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("leaves the article of a noun the name only modifies", () => {
    const { pools } = corpus(["Rebels attacked convoys in the Sahel region of Africa last year."]);
    expect(pools.articles.has("Sahel")).toBe(false);
    expect(
      falseStatement(
        [
          "The Sahel region has witnessed over 1,800 rebel attacks in the first half of this " +
            "year, resulting in nearly 4,600 casualties across five countries.",
        ],
        "Sahel",
        "Maghreb",
      ),
    ).toBe(
      "The Maghreb region has witnessed over 1,800 rebel attacks in the first half of this year.",
    );
  });
});
