import { describe, expect, it } from "vitest";
import { buildBank, extractFacts, ingestArticle, segmentSentences } from "@/app/_domain/content";
import { shortStatement, swapped } from "@/app/_domain/content/statements";
import { wordCount } from "@/app/_domain/content/text";
import { seeds } from "./support";

const { bank } = buildBank(seeds());
const statementOf = (prompt: string) =>
  prompt.replace(/^According to .*?\(\S+\): /, "").replace(/^True or false\? /, "");

/** The short statement of the fact whose value is `value` in a one-sentence article. */
function statementFor(sentence: string, value: string): string | null {
  const article = ingestArticle({ file: "probe.txt", text: `Probe headline\n\n${sentence}\n` });
  const sentences = segmentSentences(article.id, article.body);
  const fact = extractFacts(article.body, sentences).find((f) => f.value === value);
  if (!fact || !sentences[0]) throw new Error(`no fact "${value}"`);
  return shortStatement(sentences[0], fact)?.text ?? null;
}

describe("true statements", () => {
  it("are never the cited sentence repeated", () => {
    const trueOnes = bank.questions.filter((q) => q.type === "true_false" && q.answer === "true");
    expect(trueOnes.length).toBeGreaterThan(5);
    for (const q of trueOnes) {
      const statement = statementOf(q.prompt);
      expect(q.source.quote).not.toBe(statement);
      expect(wordCount(statement)).toBeLessThanOrEqual(16);
      expect(wordCount(statement)).toBeLessThanOrEqual(wordCount(q.source.quote) * 0.75);
    }
  });

  it("state subject, verb and the fact without the sentence's opening adverbial", () => {
    expect(
      statementFor(
        "Following the coup, the US suspended security operations and aid to Niger.",
        "Niger",
      ),
    ).toBe("The US suspended security operations and aid to Niger.");
  });

  it("state who said what", () => {
    expect(
      statementFor(
        "The United States military has resumed its operations in Niger, including drone flights, " +
          "according to General James Hecker, head of Air Forces in Europe.",
        "James Hecker",
      ),
    ).toBe(
      "James Hecker said that the United States military has resumed its operations in Niger.",
    );
  });

  it("state what a person is from an appositive", () => {
    expect(
      statementFor(
        "Nicolas Normand, a former French ambassador to Mali and Senegal, confirmed the " +
          "information to Al Jazeera, stating that negotiations were in progress.",
        "Nicolas Normand",
      ),
    ).toBe("Nicolas Normand is a former French ambassador to Mali and Senegal.");
  });

  it("state a number with its unit and where it stands", () => {
    expect(
      statementFor(
        "France, with about 1,500 soldiers stationed in Niger, remains supportive of the deposed president.",
        "1,500",
      ),
    ).toBe("France had about 1,500 soldiers stationed in Niger.");
    expect(
      statementFor(
        "In the wake of the July coup, approximately 1,100 U.S. soldiers stationed in Niger had been confined to their bases.",
        "1,100",
      ),
    ).toBe("Approximately 1,100 U.S. soldiers were stationed in Niger.");
  });

  it("are not built when the only form left is nearly the whole sentence", () => {
    expect(
      statementFor(
        "Niger’s military leadership has also called for the French military to exit the country.",
        "Niger",
      ),
    ).toBeNull();
  });

  it("never give a verb of a later clause to the name that opens the sentence", () => {
    const klm =
      "KLM, the national carrier, said it would appeal the ruling and warned that nearly " +
      "3,000 jobs could be at risk.";
    expect(statementFor(klm, "KLM")).toBeNull();
    const energy =
      "Gen. Ricardo Martínez, the former army chief who now heads the National Energy " +
      "Commission (CNE), said the U.S. Department of Energy had advised on the project.";
    expect(statementFor(energy, "Ricardo Martínez") ?? "").not.toMatch(/advised/);
  });

  it("leave a reason in the explain output when a sentence has no short form", () => {
    const { dropped } = buildBank(seeds());
    const verbatim = dropped.filter((d) => d.reason.startsWith("true statement repeats"));
    expect(verbatim.length).toBeGreaterThan(0);
    for (const d of verbatim) expect(d.detail).toMatch(/^(According to .*: )?True or false\? “/);
  });
});

describe("false statements", () => {
  it("take the short form of the true one with one value swapped", () => {
    const article = ingestArticle({
      file: "probe.txt",
      text: "Probe headline\n\nFollowing the coup, the US suspended security operations and aid to Niger.\n",
    });
    const sentences = segmentSentences(article.id, article.body);
    const fact = extractFacts(article.body, sentences).find((f) => f.value === "Niger")!;
    const statement = shortStatement(sentences[0]!, fact)!;
    expect(swapped(statement, "Mali")).toBe(
      "The US suspended security operations and aid to Mali.",
    );
  });

  it("read like true ones: no statement in the bank quotes its sentence", () => {
    for (const q of bank.questions.filter((q) => q.type === "true_false")) {
      const statement = statementOf(q.prompt);
      expect(statement).not.toContain("“");
      expect(wordCount(statement)).toBeLessThanOrEqual(16);
    }
  });
});
