import { describe, expect, it } from "vitest";
import { ingestArticle, segmentSentences } from "@/app/_domain/content";
import { splitParagraph } from "@/app/_domain/content/sentences";
import { fixtures, seeds } from "./support";

const split = (text: string) => splitParagraph(text).map(([s, e]) => text.slice(s, e));

describe("sentence segmentation", () => {
  it("keeps 'U.S.' inside one sentence", () => {
    expect(split("Some U.S. forces were relocated. They left.")).toEqual([
      "Some U.S. forces were relocated.",
      "They left.",
    ]);
  });

  it("ends a sentence at 'U.S.' when the next word starts a sentence", () => {
    expect(split("Chad may end its agreement with the U.S. The talks continue.")).toHaveLength(2);
  });

  it("keeps titles such as 'Gen.' and 'Dr.' with the name", () => {
    expect(split("Gen. Ricardo Martínez spoke. Dr. S. K. Barua agreed.")).toEqual([
      "Gen. Ricardo Martínez spoke.",
      "Dr. S. K. Barua agreed.",
    ]);
  });

  it("does not split numbers such as '1,100' or '61.9'", () => {
    expect(split("About 1,100 soldiers and 61.9 million passengers were counted.")).toHaveLength(1);
  });

  it("keeps 'Air Base 101' whole", () => {
    expect(split("Some forces left Air Base 101 near Niamey. Others stayed.")[0]).toBe(
      "Some forces left Air Base 101 near Niamey.",
    );
  });

  it("ends a sentence after a closing quote", () => {
    expect(split("He resumed “within the last couple of weeks.” France disagreed.")).toEqual([
      "He resumed “within the last couple of weeks.”",
      "France disagreed.",
    ]);
  });

  it("does not end a sentence at a question mark inside a quote followed by lower case", () => {
    expect(split("“What next?” she asked the minister.")).toHaveLength(1);
  });

  it("gives every sentence of every article an exact span in the body", () => {
    for (const file of [...seeds(), ...fixtures()]) {
      const article = ingestArticle(file);
      for (const s of segmentSentences(article.id, article.body)) {
        expect(article.body.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });

  it("derives ids from the article id and the sentence text, not from position", () => {
    const a = segmentSentences("a", "First one here.\n\nSecond one here.");
    const b = segmentSentences("a", "A new opening.\n\nFirst one here.\n\nSecond one here.");
    expect(b.slice(1).map((s) => s.id)).toEqual(a.map((s) => s.id));
    expect(segmentSentences("b", "First one here.")[0]?.id).not.toBe(a[0]?.id);
  });

  it("gives a repeated sentence a distinct id", () => {
    const s = segmentSentences("a", "Same words here.\n\nSame words here.");
    expect(new Set(s.map((x) => x.id)).size).toBe(2);
  });

  it("splits seed 000 into twelve sentences", () => {
    const article = ingestArticle(seeds()[0]!);
    expect(segmentSentences(article.id, article.body)).toHaveLength(12);
  });
});
