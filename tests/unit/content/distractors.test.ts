import { describe, expect, it } from "vitest";
import {
  buildBank,
  extractFacts,
  ingestArticle,
  segmentSentences,
  type Fact,
} from "@/app/_domain/content";
import {
  buildPools,
  isAlias,
  pickDistractors,
  statementSwap,
} from "@/app/_domain/content/distractors";
import { organisationKind, promptRoleClass, roleClass } from "@/app/_domain/content/kinds";

const article = (file: string, lines: string[]) => ({
  file,
  text: `# Leaders meet over the crisis\n\n${lines.join("\n\n")}\n`,
});

const people = article("people.md", [
  "In the wake of the July coup, which removed President Mohamed Bazoum from power, soldiers stayed on their bases.",
  "French President Emmanuel Macron said his country would keep its embassy open for the coming months.",
  "Ghanaian President Nana Akufo-Addo called for talks between the junta and its neighbours this week.",
  "General James Hecker said the missions had resumed within the last couple of weeks in the region.",
  "Nicolas Normand, a former French ambassador to Mali, said the talks had stalled for several weeks.",
  "Deputy Pentagon Press Secretary Sabrina Singh said there was no immediate threat to the personnel.",
]);

function factsOf(file: { file: string; text: string }): Fact[] {
  const parsed = ingestArticle(file);
  return extractFacts(parsed.body, segmentSentences(parsed.id, parsed.body));
}

type File = { file: string; text: string };

/** A named fact of a fixture, its sentence's text and the fixture's pools. */
function factIn(file: File, kind: Fact["kind"], name: string) {
  const facts = factsOf(file);
  const fact = facts.find((f) => f.kind === kind && f.value === name)!;
  const parsed = ingestArticle(file);
  const sentence = segmentSentences(parsed.id, parsed.body).find((s) => s.id === fact.sentenceId)!;
  return { fact, text: sentence.text, pools: buildPools(facts) };
}

function optionsFor(file: File, name: string, prompt: string) {
  const { fact, text, pools } = factIn(file, "person", name);
  return pickDistractors(fact, text, pools, new Set(), prompt);
}

const organisationOptions = (file: File, name: string) => {
  const { fact, pools } = factIn(file, "organisation", name);
  return pickDistractors(fact, "", pools, new Set(), "Which organisation?");
};

/** The people fixture without the paragraphs that name any of `names`. */
const peopleWithout = (fileName: string, ...names: string[]) =>
  article(
    fileName,
    people.text
      .split("\n\n")
      .filter((p) => !names.some((name) => p.includes(name)))
      .slice(1),
  );

describe("distractors of the answer's kind", () => {
  it("reads the class of a role from its words", () => {
    expect(roleClass("Deputy Pentagon Press Secretary")).toBe("spokesperson");
    expect(roleClass("Western-backed president")).toBe("head of state");
    expect(roleClass("former French ambassador to Mali and Senegal")).toBe("diplomat");
    expect(roleClass("General")).toBe("military officer");
    expect(roleClass("Finance Minister")).toBe("minister");
  });

  it("takes the role a question asks about from its prompt, not from the answer", () => {
    expect(promptRoleClass("Which Western-backed president was ousted on July 26, 2023?")).toBe(
      "head of state",
    );
    expect(promptRoleClass("Who said that the missions had resumed?")).toBeNull();
  });

  it("tells a news outlet from a ministry and an army by the name's head noun", () => {
    expect(organisationKind("Defence Department")).toBe("government body");
    expect(organisationKind("Air Forces in Europe")).toBe("armed force");
    expect(organisationKind("Air and Space Forces Association")).toBe("association");
    expect(organisationKind("Al Jazeera")).toBeNull();
  });

  it("offers only presidents as options when the question asks which president", () => {
    const options = optionsFor(people, "Mohamed Bazoum", "Which president was removed from power?");
    expect([...options].sort()).toEqual(["Emmanuel Macron", "Nana Akufo-Addo"]);
  });

  it("swaps a president only for another president in a false statement, or makes none", () => {
    const swapFor = (file: File, name: string) => {
      const { fact, text, pools } = factIn(file, "person", name);
      return statementSwap(fact, text, pools, new Set(), "Sabrina Singh");
    };
    expect(["Emmanuel Macron", "Nana Akufo-Addo"]).toContain(swapFor(people, "Mohamed Bazoum"));
    const onePresident = peopleWithout("one.md", "Akufo-Addo", "Macron");
    expect(swapFor(onePresident, "Mohamed Bazoum")).toBeUndefined();
  });

  it("offers any person when the question names no role", () => {
    const options = optionsFor(people, "James Hecker", "Who said the missions had resumed?");
    expect(options).toHaveLength(3);
  });

  it("offers only news outlets for an organisation that reports", () => {
    const news = article("news.md", [
      "Niger became a crucial hub for France after the coups in Mali, Al Jazeera reported.",
      "The Pentagon ordered all 1,000 combat troops to withdraw from Niger, Politico reported yesterday.",
      "Niger had cancelled a 2012 military cooperation agreement with the United States, reports AFP.",
      "The Defence Department said the troops had mostly remained on their bases since the coup.",
    ]);
    expect([...organisationOptions(news, "Politico")].sort()).toEqual(["AFP", "Al Jazeera"]);
  });

  it("never offers another name of the answer's institution as a wrong option", () => {
    expect(isAlias("Pentagon", "Defence Department")).toBe(true);
    expect(isAlias("the Pentagon", "Department of Defense")).toBe(true);
    expect(isAlias("Pentagon", "State Department")).toBe(false);
    const bodies = article("bodies.md", [
      "The Pentagon has announced plans to relocate most of the troops stationed in Chad this month.",
      "The Defence Department said the troops had mostly remained on their bases since the coup.",
      "The State Department said the embassy in Niamey would stay open for the coming weeks.",
      "The Interior Ministry said the border with Benin would reopen after the talks in Niamey.",
    ]);
    const options = organisationOptions(bodies, "Pentagon");
    expect(options).not.toContain("Defence Department");
    expect(options.length).toBeGreaterThan(0);
  });

  it("drops a multiple-choice item rather than padding it with another kind of name", () => {
    const twoPresidents = peopleWithout("two.md", "Akufo-Addo");
    const { bank, dropped } = buildBank([twoPresidents]);
    const asked = (q: { prompt: string }) => /which president/i.test(q.prompt);
    expect(bank.questions.filter((q) => q.type === "multiple_choice" && asked(q))).toEqual([]);
    expect(
      dropped.find((d) => d.type === "multiple_choice" && /which president/i.test(d.detail))
        ?.reason,
    ).toBe("only 1 distractor of the answer's kind (at least 2 needed)");
  });
});
