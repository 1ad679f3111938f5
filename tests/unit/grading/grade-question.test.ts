import { describe, expect, it } from "vitest";
import { gradeQuestionResponse } from "@/app/_domain/grading";

const choice = {
  type: "multiple_choice",
  answer: "Niamey",
  accepted: [],
  choices: ["Agadez", "Niamey", "Arlit"],
};
const trueFalse = { type: "true_false", answer: "false", accepted: [], choices: [] };
const typed = { type: "short_answer", answer: "Mohamed Bazoum", accepted: ["Bazoum"], choices: [] };
const cloze = { type: "cloze", answer: "1,100", accepted: [], choices: [] };
const number = {
  type: "numeric",
  answer: "1,100",
  accepted: ["1100"],
  choices: ["1,000", "1,200"],
};

describe("grading a response to a bank question", () => {
  it.each([
    [choice, "Niamey", true],
    [choice, "Agadez", false],
    [choice, "", false],
    [trueFalse, "false", true],
    [trueFalse, "true", false],
    [trueFalse, "", false],
    [typed, "bazoum", true],
    [typed, "Mohamed Bazom", true],
    [typed, "Macron", false],
    [number, "one thousand one hundred", true],
    [number, "1000", false],
    [number, "not 1,100", false],
    [number, "more than 1100", false],
    [cloze, "1100", true],
    [cloze, "110 0", false],
  ])("grades %j answered %j as %s", (question, response, expected) => {
    expect(gradeQuestionResponse(question, response)).toBe(expected);
  });

  it("never accepts a distractor, even one a typo away from the answer", () => {
    const close = {
      type: "cloze",
      answer: "Air Base 101",
      accepted: [],
      choices: ["Air Base 201"],
    };
    expect(gradeQuestionResponse(close, "Air Base 201")).toBe(false);
  });
});
