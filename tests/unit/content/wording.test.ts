import { describe, expect, it } from "vitest";
import { quoteInside } from "@/app/_domain/content/quoting";
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
