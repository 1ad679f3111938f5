import { describe, expect, it } from "vitest";
import { promptUnderLabel } from "@/app/_components/study/prompt-under-label";

describe("a prompt under its type's label", () => {
  it("drops the true/false instruction the label already gives", () => {
    expect(
      promptUnderLabel(
        "true_false",
        "True or false? James Hecker said that the United States military has resumed its operations in Niger.",
      ),
    ).toBe(
      "James Hecker said that the United States military has resumed its operations in Niger.",
    );
  });

  it("drops it after a source's attribution and keeps the attribution", () => {
    expect(
      promptUnderLabel(
        "true_false",
        "According to “Troops to be Withdrawn from Niger by U.S. Military” (undated): True or false? Over 1,300 American military personnel will withdraw from Niger.",
      ),
    ).toBe(
      "According to “Troops to be Withdrawn from Niger by U.S. Military” (undated): Over 1,300 American military personnel will withdraw from Niger.",
    );
  });

  it("drops the fill-in-the-blank instruction and keeps the quoted sentence", () => {
    expect(
      promptUnderLabel(
        "cloze",
        "Fill in the blank: “French President Emmanuel Macron has continued to support _____, who is still being held.”",
      ),
    ).toBe(
      "“French President Emmanuel Macron has continued to support _____, who is still being held.”",
    );
  });

  it("leaves other types, and an instruction in the middle of a sentence, as they are", () => {
    const question = "Which president was toppled in the July 26 coup?";
    expect(promptUnderLabel("short_answer", question)).toBe(question);
    expect(promptUnderLabel("multiple_choice", "True or false? is a kind of question.")).toBe(
      "True or false? is a kind of question.",
    );
    const quoted = "True or false? “He asked: True or false? and left.”";
    expect(promptUnderLabel("true_false", quoted)).toBe("“He asked: True or false? and left.”");
    const inside = "Someone wrote True or false? on the board.";
    expect(promptUnderLabel("true_false", inside)).toBe(inside);
  });
});
