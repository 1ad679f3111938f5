import { describe, expect, it } from "vitest";
import { extractFacts, ingestArticle, segmentSentences, type Fact } from "@/app/_domain/content";
import { fixtures, seeds } from "./support";

function factsOf(file: { file: string; text: string }): Fact[] {
  const article = ingestArticle(file);
  return extractFacts(article.body, segmentSentences(article.id, article.body));
}

const seedFacts = seeds().map(factsOf);
const fixtureFacts = Object.fromEntries(fixtures().map((f) => [f.file, factsOf(f)]));
const find = (facts: Fact[], kind: string, value: string) =>
  facts.find((f) => f.kind === kind && f.value === value);

describe("facts from the seeds", () => {
  it("finds General James Hecker with his title", () => {
    expect(find(seedFacts[0]!, "person", "James Hecker")?.role).toBe("General");
  });

  it("resolves a later 'Hecker' to the full name", () => {
    expect(find(seedFacts[0]!, "person", "Hecker")?.fullName).toBe("James Hecker");
  });

  it("finds Sabrina Singh with her role", () => {
    expect(find(seedFacts[1]!, "person", "Sabrina Singh")?.role).toBe(
      "Deputy Pentagon Press Secretary",
    );
  });

  it("takes a role from an appositive before the name", () => {
    expect(find(seedFacts[3]!, "person", "Kathleen FitzGibbon")?.role).toBe(
      "US Ambassador to Niger",
    );
  });

  it("ties ECOWAS to its full name", () => {
    const full = find(seedFacts[0]!, "organisation", "Economic Community of West African States");
    expect(full?.acronym).toBe("ECOWAS");
    expect(find(seedFacts[0]!, "organisation", "ECOWAS")?.fullName).toBe(full?.value);
  });

  it("keeps the hedge and unit of a number", () => {
    const troops = find(seedFacts[0]!, "quantity", "1,100");
    expect([troops?.hedge, troops?.amount, troops?.unit]).toEqual([
      "approximately",
      1100,
      "U.S. soldiers",
    ]);
    expect(find(seedFacts[0]!, "quantity", "4,600")?.hedge).toBe("nearly");
    expect(find(seedFacts[3]!, "quantity", "1,000")?.hedge).toBe("over");
  });

  it("does not read the number in 'Air Base 101' as a quantity", () => {
    expect(find(seedFacts[0]!, "quantity", "101")).toBeUndefined();
    expect(find(seedFacts[0]!, "place", "Air Base 101")?.placeKind).toBe("facility");
  });

  it("parses a full date and keeps a yearless one partial", () => {
    expect(find(seedFacts[4]!, "date", "July 26, 2023")?.iso).toBe("2023-07-26");
    expect(find(seedFacts[4]!, "date", "March 17")?.iso).toBeUndefined();
  });

  it("records attributions and quotes with their speaker", () => {
    expect(find(seedFacts[0]!, "attribution", "General James Hecker")).toBeDefined();
    expect(find(seedFacts[4]!, "attribution", "Politico")).toBeDefined();
    const quote = seedFacts[0]!.find(
      (f) => f.kind === "quote" && f.value.startsWith("For a while"),
    );
    expect(quote?.speaker).toBe("James Hecker");
  });

  it("does not treat nationality adjectives as places", () => {
    expect(find(seedFacts[1]!, "place", "French")).toBeUndefined();
    expect(find(seedFacts[4]!, "place", "American")).toBeUndefined();
  });
});

describe("facts from the fixtures", () => {
  it("finds people, organisations and hedged numbers in another layout", () => {
    const facts = fixtureFacts["wire-report.md"]!;
    expect(find(facts, "person", "Mohammed Amin Adam")?.role).toBe("Finance Minister");
    expect(find(facts, "organisation", "Ghana Cocoa Board")?.acronym).toBe("COCOBOD");
    expect(find(facts, "quantity", "2.5 billion")?.amount).toBe(2.5e9);
    expect(find(facts, "date", "October 1, 2024")?.iso).toBe("2024-10-01");
  });

  it("keeps initials with the name after 'Dr.'", () => {
    expect(find(fixtureFacts["regional-daily.txt"]!, "person", "S. K. Barua")?.role).toBe("Dr");
  });

  it("gives every fact a span inside its sentence", () => {
    for (const file of [...seeds(), ...fixtures()]) {
      const article = ingestArticle(file);
      const sentences = segmentSentences(article.id, article.body);
      for (const fact of extractFacts(article.body, sentences)) {
        const sentence = sentences.find((s) => s.id === fact.sentenceId);
        expect(article.body.slice(fact.valueStart, fact.valueEnd)).toBe(fact.value);
        if (fact.kind !== "quote") expect(fact.end).toBeLessThanOrEqual(sentence?.end ?? -1);
      }
    }
  });
});
