import { describe, expect, it } from "vitest";
import { layoutArticle } from "@/app/_domain/reading/layout-article";

const body = "First one. Second one.\n\nThird one, alone.";
const sentences = [
  { id: "b", start: 11, end: 22 },
  { id: "a", start: 0, end: 10 },
  { id: "c", start: 24, end: 41 },
];

describe("laying an article out for reading", () => {
  it("splits paragraphs on blank lines and wraps each sentence by its span", () => {
    expect(layoutArticle(body, sentences)).toEqual([
      {
        start: 0,
        parts: [
          { kind: "sentence", id: "a", text: "First one." },
          { kind: "text", text: " " },
          { kind: "sentence", id: "b", text: "Second one." },
        ],
      },
      { start: 24, parts: [{ kind: "sentence", id: "c", text: "Third one, alone." }] },
    ]);
  });

  it("keeps text that belongs to no sentence as plain text", () => {
    expect(layoutArticle("Intro: First one.", [{ id: "a", start: 7, end: 17 }])).toEqual([
      {
        start: 0,
        parts: [
          { kind: "text", text: "Intro: " },
          { kind: "sentence", id: "a", text: "First one." },
        ],
      },
    ]);
  });

  it("never repeats or loses a character of the body", () => {
    const text = layoutArticle(body, sentences)
      .map((p) => p.parts.map((part) => part.text).join(""))
      .join("\n\n");
    expect(text).toBe(body);
  });
});
