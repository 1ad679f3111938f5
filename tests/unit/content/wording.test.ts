import { describe, expect, it } from "vitest";
import {
  buildBank,
  extractFacts,
  ingestArticle,
  segmentSentences,
  type PlaceKind,
} from "@/app/_domain/content";
import { takesThe } from "@/app/_domain/content/articles";
import { gradeQuestionResponse } from "@/app/_domain/grading";
import { buildPools, pickDistractors } from "@/app/_domain/content/distractors";
import { nearbyNumbers } from "@/app/_domain/content/numbers";
import { quoteInside } from "@/app/_domain/content/quoting";
import { isBroad } from "@/app/_domain/content/select";
import { shortStatement, swapped } from "@/app/_domain/content/statements";
import { placeNoun, roleAsNoun } from "@/app/_domain/content/wh-nouns";
import { probeBank, seeds } from "./support";

// Wording rules, each with a sentence in and the question out (or the reason it was dropped).

/** Every cloze of the probe, kept or left over by selection: the wording is the same. */
function clozesOf(bank: ReturnType<typeof probeBank>): string[] {
  return [
    ...bank.lines.filter((l) => l.startsWith("cloze →")),
    ...bank.dropped.filter((d) => d.type === "cloze").map((d) => `cloze → ${d.detail}`),
  ];
}

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
    const bank = probeBank([
      "General James Hecker explained the situation at the annual Air and Space Forces " +
        "Association convention in Maryland: “For a while, we weren’t doing any missions on the bases.",
      "The missions resumed within weeks, he added.”",
    ]);
    expect(clozesOf(bank)).toContain(
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

describe("a subject that describes a name from an earlier sentence", () => {
  const neighbours =
    "Mali and Guinea have both expelled French troops and turned to Russia for help in recent years.";
  const signed =
    "Instead, the West African country signed a memorandum of understanding to strengthen " +
    "defense cooperation with Russia last December.";

  it("is replaced by the one name of its kind the sentence before gives", () => {
    const { lines, questions } = probeBank([
      neighbours,
      "Niger also called for the exit of French troops from the country and canceled two " +
        "security partnerships with the EU last year.",
      signed,
    ]);
    expect(lines).toContain(
      "short_answer → With which country did Niger sign a memorandum of understanding to " +
        "strengthen defense cooperation? → Russia",
    );
    const choice = questions.find((q) => q.type === "multiple_choice" && q.answer === "Russia");
    expect(choice?.choices).toEqual(expect.arrayContaining(["Mali", "Guinea", "Russia"]));
    expect(choice?.choices).not.toContain("Niger");
  });

  it("is bracketed inside a quoted sentence, as an editor's insertion", () => {
    const bank = probeBank([
      neighbours,
      "Niger also called for the exit of French troops from the country last year.",
      signed,
    ]);
    expect(clozesOf(bank).find((c) => c.includes("[Niger]"))).toBe(
      "cloze → Fill in the blank: “Instead, [Niger] signed a memorandum of understanding to strengthen " +
        "defense cooperation with _____ last December.” → Russia",
    );
  });

  it("drops the sentence's questions when the sentence before names none or several", () => {
    for (const before of [neighbours, "Talks went on for weeks without an agreement on troops."]) {
      const { questions, dropped } = probeBank([before, signed]);
      expect(questions.filter((q) => q.source.quote === signed)).toEqual([]);
      expect(dropped.map((d) => d.reason)).toContain(
        'subject "the West African country" refers back to an earlier sentence, and no one ' +
          "name there can stand in for it",
      );
    }
  });

  it("may point up to three sentences back, to the nearest that names its kind", () => {
    const { lines } = probeBank([
      "The district court in Haarlem on Friday ordered Schiphol Airport to cut night flights " +
        "by 20 per cent from next year.",
      "Judge Marieke Jansen said the Dutch state had failed to protect about 100,000 people.",
      "The airport handled approximately 61.9 million passengers in 2023.",
    ]);
    expect(lines).toContain(
      "numeric → About how many passengers did Schiphol Airport handle in 2023? → 61.9 million",
    );
  });

  it("drops a plural, which no one name can replace", () => {
    const { dropped } = probeBank([
      "Niger’s new leaders demanded the withdrawal of American troops last March.",
      "However, the new leaders reject the presence of US troops on Niger’s territory and " +
        "want them gone by September.",
    ]);
    expect(dropped.some((d) => d.reason.startsWith('subject "the new leaders" refers back'))).toBe(
      true,
    );
  });

  it("leaves descriptions that name their thing or are one of a kind", () => {
    const { dropped } = probeBank([
      neighbours,
      "The Wagner group said on Friday that its fighters had left the town of Kidal in Mali.",
      "The West African region has witnessed over 1,800 rebel attacks in the first half of the year.",
    ]);
    expect(dropped.filter((d) => d.reason.startsWith("subject"))).toEqual([]);
  });
});

describe("names blanked whole", () => {
  it("keeps an organisation's name whole across an “and” that names nothing alone", () => {
    const { lines } = probeBank([
      "The Ministry of Infrastructure and Water Management (IenW) said it was studying the " +
        "decision on night flights.",
    ]);
    expect(lines).toContain(
      "cloze → Fill in the blank: “The _____ (IenW) said it was studying the decision on night " +
        "flights.” → Ministry of Infrastructure and Water Management",
    );
  });

  it("accepts the full name the corpus uses elsewhere for a shorter one", () => {
    const { questions } = probeBank([
      "U.S. forces were moved out of Air Base 101 near Niamey in July after the coup, officials said.",
      "Russian forces have been living at the same airbase as American troops in the capital " +
        "of Niamey, Base 101, for weeks.",
    ]);
    const cloze = questions.find((q) => q.type === "cloze" && q.answer === "Base 101");
    expect(cloze?.prompt).toBe(
      "Fill in the blank: “Russian forces have been living at the same airbase as American " +
        "troops in the capital of Niamey, _____, for weeks.”",
    );
    expect(cloze?.accepted).toEqual(["Base 101", "Air Base 101"]);
  });

  it("drops a blank whose twin beside it spells most of the answer", () => {
    const { dropped, lines } = probeBank([
      "The missions resumed over a month after the coup, according to General James Hecker, " +
        "head of Air Forces in Europe and Air Forces Africa.",
    ]);
    expect(lines.filter((l) => l.startsWith("cloze") && /Air Forces/.test(l))).toEqual([]);
    expect(dropped.map((d) => `${d.reason} | ${d.detail}`)).toContain(
      'the name beside the blank ("Air Forces Africa") spells most of the answer | Fill in the ' +
        "blank: “The missions resumed over a month after the coup, according to General James " +
        "Hecker, head of _____ and Air Forces Africa.” → Air Forces in Europe",
    );
  });
});

describe("the noun a question asks with", () => {
  it("asks a place as what its name says it is, else as its kind", () => {
    const noun = (value: string, placeKind: PlaceKind) => placeNoun({ value, placeKind });
    expect([
      noun("Schiphol Airport", "facility"),
      noun("Air Base 101", "facility"),
      noun("Brahmaputra River", "region"),
      noun("Atacama Desert", "region"),
      noun("Sahel", "region"),
      noun("Niamey", "city"),
      noun("Mali", "country"),
    ]).toEqual(["airport", "base", "river", "desert", "region", "city", "country"]);
  });

  it("writes a title without its name in lower case, keeping the names inside it", () => {
    expect(
      [
        "Deputy Pentagon Press Secretary",
        "Finance Minister",
        "French President",
        "US Ambassador to Niger",
        "Gen.",
      ].map(roleAsNoun),
    ).toEqual([
      "deputy Pentagon press secretary",
      "finance minister",
      "French president",
      "US ambassador to Niger",
      "general",
    ]);
    expect(roleAsNoun("Dr.")).toBeNull();
  });

  it("gives questions that read as questions", () => {
    const { lines } = probeBank([
      "The district court in Haarlem on Friday ordered Schiphol Airport to cut night flights " +
        "by 20 per cent from next year, after a case brought by residents.",
      "Judge Marieke Jansen said the Dutch state had failed to protect about 100,000 people " +
        "living near the runways.",
    ]);
    expect(lines).toEqual(
      expect.arrayContaining([
        "short_answer → Which airport was ordered to cut night flights by 20 per cent from next " +
          "year by the district court in Haarlem on Friday? → Schiphol Airport",
        "short_answer → Which judge said the Dutch state had failed to protect about 100,000 " +
          "people living near the runways? → Marieke Jansen",
      ]),
    );
  });

  it("offers a river for a river and a desert for a desert", () => {
    const { facts, sentences, pools } = corpus([
      "More than 400,000 people have been evacuated from villages along the Brahmaputra River.",
      "Boats carried food up the Ganges River and the Indus River to the camps in the north.",
      "Trucks crossed the Thar Desert and the Gobi Desert with water for the herders.",
    ]);
    const river = facts.find((f) => f.value === "Brahmaputra River")!;
    const text = sentences.find((s) => s.id === river.sentenceId)!.text;
    expect(pickDistractors(river, text, pools, new Set()).sort()).toEqual([
      "Ganges River",
      "Indus River",
    ]);
  });
});

describe("clauses read before a question is asked", () => {
  /** Every question the probe asked or considered, kept or dropped, but clozes and statements. */
  const whQuestions = (paragraphs: string[]) => {
    const { lines, dropped } = probeBank(paragraphs);
    return [...lines, ...dropped.map((d) => `${d.type} → ${d.detail}`)].filter(
      (l) => !/^(cloze|true_false) /.test(l),
    );
  };

  it("does not take a name that modifies a noun for the subject", () => {
    expect(
      whQuestions(["Army helicopters dropped food to about 20,000 people stranded near Goalpara."]),
    ).toEqual([]);
  });

  it("does not take a clause after an appositive, or a phrase before “and”, for a subject", () => {
    const asked = whQuestions([
      "Dr. S. K. Barua, a hydrologist at Gauhati University, said the river was flowing 1.2 " +
        "metres above the danger mark at Neamatighat.",
      "The plant cost an estimated $1.4 billion and can power some 380,000 homes.",
    ]);
    expect(
      asked.filter((l) => /metres above|homes/.test(l) && !/Which hydrologist/.test(l)),
    ).toEqual([]);
    expect(asked).toContain(
      "short_answer → Which hydrologist at Gauhati University said the river was flowing 1.2 " +
        "metres above the danger mark at Neamatighat? → S. K. Barua",
    );
  });

  it("does not take a phrase that opens on a preposition for a subject", () => {
    const asked = whQuestions([
      "France, with about 1,500 soldiers stationed in Niger, remains supportive of the deposed " +
        "president and has declared the coup illegitimate.",
    ]);
    expect(asked.filter((l) => /were with/.test(l))).toEqual([]);
    expect(asked).toContain(
      "numeric → About how many soldiers did France have stationed in Niger? → 1,500",
    );
  });

  it("writes a sentence's first word in lower case inside a question unless it is a name", () => {
    const asked = whQuestions([
      "Construction began in 2018 and employed over 1,000 workers at its peak.",
      "Chad began talks in 2019 and signed a deal with the rebels at the border.",
    ]);
    expect(asked).toContain("short_answer → In which year did construction begin? → 2018");
    expect(asked).toContain("short_answer → In which year did Chad begin talks? → 2019");
  });
});

describe("questions that give their answer away", () => {
  const poured =
    "The United States has poured millions of dollars into the Agadez base, which plays a " +
    "vital role in U.S. counterterrorism efforts in the Sahel.";

  it("lose a trailing clause that names the answer", () => {
    expect(probeBank([poured]).lines).toContain(
      "short_answer → Which country has poured millions of dollars into the Agadez base? → " +
        "United States",
    );
  });

  it("are dropped when the sentence names the blanked answer in another form", () => {
    const { dropped } = probeBank([poured]);
    expect(dropped.map((d) => `${d.reason} | ${d.detail}`)).toContain(
      'answer given away: "U.S." appears in its own prompt | Fill in the blank: “The _____ has ' +
        "poured millions of dollars into the Agadez base, which plays a vital role in U.S. " +
        "counterterrorism efforts in the Sahel.” → United States",
    );
  });

  it("do not accept the acronym shown beside a blank as its answer", () => {
    const { questions } = probeBank([
      "Gen. Ricardo Martínez, the former army chief who now heads the National Energy " +
        "Commission (CNE), said the U.S. Department of Energy had advised on the project.",
    ]);
    const cloze = questions.find((q) => q.answer === "National Energy Commission");
    expect(cloze?.prompt).toContain("heads the _____ (CNE), said");
    expect(cloze?.accepted).toEqual([
      "National Energy Commission",
      "the National Energy Commission",
    ]);
  });

  it("are not asked about one of several names joined by “and”", () => {
    const bank = probeBank([
      "France and Russia signed deals with Mali and Senegal on defence and training last year.",
    ]);
    const asked = [...bank.lines, ...bank.dropped.map((d) => `${d.type} → ${d.detail}`)];
    expect(asked.filter((l) => /^(short_answer|multiple_choice) /.test(l))).toEqual([]);
    expect(clozesOf(bank)).toContain(
      "cloze → Fill in the blank: “France and _____ signed deals with Mali and Senegal on " +
        "defence and training last year.” → Russia",
    );
  });
});

describe("near-identical cards from one sentence", () => {
  it("keep one blank per sentence and drop the second with its reason", () => {
    const sentence =
      "Russia's presence at the base coincides with escalating tensions between Washington and " +
      "Moscow, primarily due to backing of Ukraine in the war.";
    const { questions, dropped } = probeBank([sentence]);
    expect(questions.filter((q) => q.type === "cloze").length).toBe(1);
    expect(
      dropped.filter((d) => d.reason.startsWith("a second blank in the same sentence")).length,
    ).toBe(1);
  });
});

describe("the blank a sentence keeps", () => {
  const { bank, dropped } = buildBank(seeds());
  const clozes = bank.questions
    .filter((q) => q.type === "cloze")
    .map((q) => `${q.prompt} → ${q.answer}`);
  const secondBlanks = dropped
    .filter((d) => d.reason.startsWith("a second blank in the same sentence"))
    .map((d) => d.detail);

  // Each pair: the blank kept, the blank dropped (a fragment of each prompt and its answer).
  it.each([
    [
      "the volatile _____ region in North Africa",
      "Sahel",
      "volatile Sahel region in _____",
      "North Africa",
    ],
    [
      "a US-built drone base near _____ in central Niger",
      "Agadez",
      "a linchpin for _____’s military",
      "Washington",
    ],
    [
      "_____, a former French ambassador",
      "Nicolas Normand",
      "confirmed the information to _____,",
      "Al Jazeera",
    ],
    ["previously known as the _____,", "Wagner Group", "Both _____ and Mali", "Burkina Faso"],
  ])("is “%s” → %s, not “%s” → %s", (kept, keptAnswer, second, secondAnswer) => {
    expect(clozes.filter((c) => c.includes(kept) && c.endsWith(`→ ${keptAnswer}`))).toHaveLength(1);
    expect(clozes.filter((c) => c.includes(second))).toEqual([]);
    expect(
      secondBlanks.filter((c) => c.includes(second) && c.endsWith(`→ ${secondAnswer}`)),
    ).toHaveLength(1);
  });

  it("counts countries, continents and a capital standing for its government as broad", () => {
    const broad = (kind: "place" | "organisation", value: string, more = {}) =>
      isBroad({ kind, value, ...more });
    expect(broad("place", "US", { placeKind: "country" })).toBe(true);
    expect(broad("place", "North Africa", { placeKind: "region" })).toBe(true);
    expect(broad("organisation", "Washington", { role: "government" })).toBe(true);
    expect(broad("place", "Sahel", { placeKind: "region" })).toBe(false);
    expect(broad("place", "Agadez", { placeKind: "city" })).toBe(false);
    expect(broad("organisation", "Wagner Group")).toBe(false);
  });
});

describe("wrong numbers written like the answer", () => {
  it("keep the answer's scale word and decimal places", () => {
    expect(nearbyNumbers("61.9 million", 61.9e6, "seed")).toEqual(
      expect.arrayContaining(["55.7 million", "68.1 million"]),
    );
    for (const n of nearbyNumbers("61.9 million", 61.9e6, "seed"))
      expect(n).toMatch(/^\d+\.\d million$/);
    for (const n of nearbyNumbers("1.2", 1.2, "seed")) expect(n).toMatch(/^\d\.\d$/);
  });

  it("leave whole numbers whole, with the answer's separators", () => {
    for (const n of nearbyNumbers("1,100", 1100, "seed")) expect(n).toMatch(/^(\d,\d{3}|\d{3})$/);
    for (const n of nearbyNumbers("45", 45, "seed")) expect(n).toMatch(/^\d{2}$/);
  });
});

describe("hedged figures", () => {
  const attacks =
    "The West African region has witnessed over 1,800 rebel attacks in the first half of this year, officials said.";

  it("asks a lower bound typed only: a smaller option or statement would be true as well", () => {
    const bank = probeBank([attacks]);
    const types = bank.questions.filter((q) => q.answer === "1,800").map((q) => q.type);
    expect(types).toContain("numeric");
    expect(types).not.toContain("multiple_choice");
    expect(types).not.toContain("true_false");
  });

  it("takes the bound in the question's own words as an answer, but not the opposite bound", () => {
    const numeric = probeBank([attacks]).questions.find((q) => q.type === "numeric")!;
    const grade = (response: string) =>
      gradeQuestionResponse({ ...numeric, choices: numeric.choices ?? [] }, response);
    for (const right of ["1800", "over 1800", "more than 1,800 attacks", "at least 1800"])
      expect(grade(right), right).toBe(true);
    for (const wrong of ["fewer than 1800", "not 1800", "1,600"])
      expect(grade(wrong), wrong).toBe(false);
  });

  it("asks an upper bound typed only, in the source's own words, however the sentence opens", () => {
    const bank = probeBank([
      "Fewer than 300 soldiers remained at the base in Agadez after the withdrawal last month.",
    ]);
    expect(bank.lines).toEqual([
      "numeric → Fewer than how many soldiers remained at the base in Agadez after the withdrawal last month? → 300",
      "short_answer → In which city did fewer than 300 soldiers remain at the base? → Agadez",
    ]);
  });

  it("offers for a figure given as about so much only options more than a tenth away", () => {
    for (const seed of ["a", "b", "c", "d", "e", "f"])
      for (const n of nearbyNumbers("1,000", 1000, seed, () => true, 3, "approximate")) {
        const ratio = Number(n.replace(",", "")) / 1000;
        expect(Math.abs(ratio - 1)).toBeGreaterThan(0.15);
      }
  });
});

describe("what a sentence does not say", () => {
  it("asks no date for an event counted since that date", () => {
    const { lines } = probeBank([
      "The Sundhnúkur crater row on the Reykjanes peninsula erupted for the seventh time since December on Thursday.",
    ]);
    expect(lines.filter((l) => l.endsWith("→ December") && !l.startsWith("cloze"))).toEqual([]);
  });

  it("reads a vote of 7-2 as a score, not as seven of something", () => {
    const { questions } = probeBank([
      "The Monetary Policy Committee voted 7-2 to keep rates on hold at 5.25% on Thursday afternoon.",
    ]);
    expect(questions.filter((q) => q.answer === "7" || q.answer.startsWith("7-"))).toEqual([]);
  });
});

describe("a country named by its adjective", () => {
  // In the seed bank, "military cooperation with the _____ after contentious talks … with an
  // American diplomatic and military delegation" (the US) goes the same way.
  it("drops a blank for the country when the sentence calls its troops French", () => {
    const { questions, dropped } = probeBank([
      "As part of France’s larger campaign against armed rebels in the Sahel region, about 1,500 French troops are stationed in Niger.",
    ]);
    expect(questions.filter((q) => q.answer === "France")).toEqual([]);
    expect(dropped.map((d) => d.reason)).toContain(
      'answer given away: "French" appears in its own prompt',
    );
  });
});
