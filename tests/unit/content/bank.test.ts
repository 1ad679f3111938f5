import { describe, expect, it } from "vitest";
import { bankSchema, buildBank, parseBank, serializeBank } from "@/app/_domain/content";
import { fixtures, furniturePhrases, seeds } from "./support";

const seedBuild = buildBank(seeds());
const { bank } = seedBuild;
const bodyOf = (id: string) => bank.articles.find((a) => a.id === id)?.body ?? "";

describe("conflicts across the seed articles", () => {
  const topics = bank.conflicts.map((c) => c.topic).sort();

  it("finds exactly the three disagreements the seeds contain", () => {
    expect(topics).toEqual([
      "distance to Agadez",
      "name of the base numbered 201",
      "number of United States troops in Niger",
    ]);
  });

  it("records every troop-number claim with its source", () => {
    const troops = bank.conflicts.find((c) => c.topic.startsWith("number of"));
    expect(troops?.claims.map((c) => `${c.articleId.slice(0, 3)} ${c.value}`).sort()).toEqual([
      "000 approximately 1,100 U.S. soldiers",
      "001 about 1,100 military personnel",
      "002 totaling around 1,000 personnel",
      "003 Over 1,000 American military personnel",
      "003 Over 1,000 US military personnel",
      "004 1,000 US combat troops",
    ]);
  });

  it("records the 570 versus 500 mile distance and the Airport 201 versus Air Base 201 name", () => {
    const values = (prefix: string) =>
      bank.conflicts.find((c) => c.topic.startsWith(prefix))?.claims.map((c) => c.value);
    expect(values("distance")).toEqual(["approximately 570 miles", "roughly 500 miles"]);
    expect(values("name")).toEqual(["Airport 201", "Air Base 201"]);
  });

  it("makes every question cut from a disputed sentence attribute its source", () => {
    const disputed = new Set(bank.conflicts.flatMap((c) => c.claims.map((cl) => cl.sentenceId)));
    const affected = bank.questions.filter((q) => disputed.has(q.sentenceId));
    expect(affected.length).toBeGreaterThan(0);
    for (const q of affected) {
      expect(q.attribution).toMatch(/^According to /);
      expect(q.prompt.startsWith(q.attribution ?? "-")).toBe(true);
    }
  });

  it("never offers another source's figure as a wrong answer", () => {
    const troopQuestions = bank.questions.filter((q) => q.answer === "1,100");
    for (const q of troopQuestions) expect(q.choices ?? []).not.toContain("1,000");
  });
});

describe("grounding of every seed question", () => {
  it("quotes exactly the cited sentence of the cleaned body", () => {
    for (const q of bank.questions) {
      expect(bodyOf(q.articleId).slice(q.source.start, q.source.end)).toBe(q.source.quote);
      const sentence = bank.articles
        .find((a) => a.id === q.articleId)
        ?.sentences.find((s) => s.id === q.sentenceId);
      expect(sentence?.text).toBe(q.source.quote);
    }
  });

  it("finds the answer of every question that is not a false statement in its sentence", () => {
    for (const q of bank.questions.filter((q) => q.type !== "true_false")) {
      expect(q.source.quote).toContain(q.answer);
      expect(bodyOf(q.articleId).slice(q.answerSpan?.start, q.answerSpan?.end)).toBe(q.answer);
    }
  });

  it("records what every false statement altered", () => {
    for (const q of bank.questions.filter((q) => q.answer === "false")) {
      expect(q.alteration).toBeDefined();
      expect(q.source.quote).toContain(q.alteration?.original);
      expect(q.source.quote).not.toContain(q.alteration?.replacement);
    }
  });

  it("builds no question from page furniture", () => {
    for (const q of bank.questions) {
      for (const phrase of furniturePhrases) {
        expect(q.source.quote).not.toContain(phrase);
        expect(q.prompt).not.toContain(phrase);
      }
    }
  });

  it("offers three or four distinct choices including the answer in every multiple-choice question", () => {
    for (const q of bank.questions.filter((q) => q.type === "multiple_choice")) {
      expect(new Set(q.choices).size).toBe(q.choices?.length);
      expect([3, 4]).toContain(q.choices?.length);
      expect(q.choices).toContain(q.answer);
    }
  });

  it("asks about the people, places and figures of the seeds", () => {
    const answers = new Set(bank.questions.map((q) => q.answer));
    for (const a of [
      "James Hecker",
      "Sabrina Singh",
      "Kathleen FitzGibbon",
      "Agadez",
      "Air Base 101",
      "1,500",
      "July 2023",
    ]) {
      expect(answers).toContain(a);
    }
  });

  it("produces every question type", () => {
    expect(new Set(bank.questions.map((q) => q.type))).toEqual(
      new Set(["cloze", "multiple_choice", "true_false", "short_answer", "numeric"]),
    );
  });

  it("keeps a reason for every dropped candidate", () => {
    expect(seedBuild.dropped.length).toBeGreaterThan(0);
    for (const d of seedBuild.dropped) expect(d.reason).not.toBe("");
    expect(
      seedBuild.dropped.some((d) => d.reason.startsWith("sentence starts with unresolved")),
    ).toBe(true);
  });
});

describe("determinism and stability", () => {
  it("writes byte-identical JSON when built twice, whatever the input order", () => {
    const again = buildBank([...seeds()].reverse()).bank;
    expect(serializeBank(again)).toBe(serializeBank(bank));
  });

  it("round-trips through the zod schema", () => {
    expect(parseBank(serializeBank(bank))).toEqual(bankSchema.parse(bank));
  });

  it("keeps other articles' question ids when one article is edited", () => {
    const files = seeds();
    const edited = files.map((f, i) =>
      i === 4 ? { ...f, text: f.text.replace("last December", "in December") } : f,
    );
    const ids = (b: typeof bank, prefix: string) =>
      b.questions.filter((q) => !q.articleId.startsWith(prefix)).map((q) => q.id);
    expect(ids(buildBank(edited).bank, "004")).toEqual(ids(bank, "004"));
  });

  it("gives unique question ids", () => {
    expect(new Set(bank.questions.map((q) => q.id)).size).toBe(bank.questions.length);
  });
});

describe("banks from the fixtures", () => {
  const fixtureBank = buildBank(fixtures()).bank;

  it("finds no conflicts between unrelated articles", () => {
    expect(fixtureBank.conflicts).toEqual([]);
  });

  it("asks grounded questions in every fixture layout", () => {
    for (const article of fixtureBank.articles) {
      const qs = fixtureBank.questions.filter((q) => q.articleId === article.id);
      expect(qs.length).toBeGreaterThan(0);
      for (const q of qs.filter((q) => q.type !== "true_false"))
        expect(q.source.quote).toContain(q.answer);
    }
  });
});

describe("two versions of one story", () => {
  const story = (day: string, dead: number, town: number, rain: number) => ({
    file: `floods-${day}.txt`,
    text: [
      `Floods in Valencia kill ${dead}, officials say`,
      `Flash floods in the eastern Spanish region of Valencia have killed at least ${dead} people, regional officials said on ${day}.`,
      `The town of Paiporta, south of the city of Valencia, recorded ${town} deaths, Mayor Maribel Albalat said.`,
      `Some ${rain} millimetres of rain fell in eight hours in the town of Chiva, the state weather agency AEMET said.`,
      "Prime Minister Pedro Sánchez declared three days of national mourning across the country.",
    ].join("\n\n"),
  });
  const { bank: floods, dropped } = buildBank([
    story("Thursday", 158, 62, 500),
    story("Friday", 205, 45, 491),
  ]);

  it("records a figure that the same words give differently as a conflict, for any unit", () => {
    expect(floods.conflicts.map((c) => [c.topic, c.claims.map((cl) => cl.value)])).toEqual(
      expect.arrayContaining([
        [
          "the figure in “The town of Paiporta, south of the city of Valencia, recorded … deaths, Mayor Maribel Albalat said.”",
          ["45 deaths", "62 deaths"],
        ],
        [
          "the figure in “Some … millimetres of rain fell in eight hours in the town of Chiva, the state weather agency AEMET said.”",
          ["Some 491 millimetres", "Some 500 millimetres"],
        ],
      ]),
    );
  });

  it("asks a sentence both versions share once, from the first file", () => {
    const mourning = floods.questions.filter((q) => q.source.quote.startsWith("Prime Minister"));
    expect(mourning.length).toBeGreaterThan(0);
    expect(new Set(mourning.map((q) => q.articleId))).toEqual(new Set(["floods-friday"]));
    expect(dropped.map((d) => d.reason)).toContain(
      "duplicate of a question of an earlier article (the same sentence)",
    );
  });
});

describe("two unrelated stories that share a sentence's shape", () => {
  const story = (file: string, town: string, dead: number) => ({
    file,
    text: [
      `Attack near ${town} leaves many dead`,
      `At least ${dead} people were killed in the attack on Sunday, according to the regional governor.`,
      `The army said the attackers had come from across the border before dawn on Sunday.`,
    ].join("\n\n"),
  });
  const { bank } = buildBank([story("a-mali.txt", "Gao", 12), story("b-burkina.txt", "Djibo", 30)]);

  it("are no conflict, and each keeps its own questions", () => {
    expect(bank.conflicts).toEqual([]);
    const figures = bank.questions.filter((q) => q.source.quote.startsWith("At least"));
    expect(new Set(figures.map((q) => q.articleId))).toEqual(new Set(["a-mali", "b-burkina"]));
  });
});

describe("multiple-choice options", () => {
  it("never offers a person the question's own sentence names, even by surname alone", () => {
    const people = bank.questions.filter(
      (q) => q.type === "multiple_choice" && q.factKind === "person",
    );
    expect(people.length).toBeGreaterThan(0);
    for (const question of people) {
      const wrong = (question.choices ?? []).filter((choice) => choice !== question.answer);
      for (const choice of wrong) {
        const surname = choice.split(" ").pop()!;
        expect(question.source.quote, `${question.prompt} offers ${choice}`).not.toMatch(
          new RegExp(`\\b${surname}\\b`),
        );
      }
    }
  });
});
