import { describe, expect, it } from "vitest";
import {
  canonicalTokens,
  damerauLevenshtein,
  distinctVariants,
  foldNumberWords,
  gradeChoice,
  typoAllowance,
} from "@/app/_domain/grading";

describe("damerauLevenshtein", () => {
  it.each([
    ["bazoum", "bazoum", 0],
    ["bazoum", "bazuom", 1],
    ["niamey", "niamy", 1],
    ["niamey", "niger", 3],
    ["hecker", "hacker", 1],
    ["", "abc", 3],
  ])("measures %s → %s as %i", (a, b, distance) => {
    expect(damerauLevenshtein(a, b)).toBe(distance);
  });

  it("stops early past the limit", () => {
    expect(damerauLevenshtein("agadez", "washington", 2)).toBe(3);
  });
});

describe("typoAllowance", () => {
  it("forgives nothing under 5 letters, 1 from 5, 2 from 9, and nothing in numbers", () => {
    expect(typoAllowance("mali", "male")).toBe(0);
    expect(typoAllowance("niger", "nigr")).toBe(1);
    expect(typoAllowance("washington", "washingtn")).toBe(2);
    expect(typoAllowance("australia", "austria")).toBe(1);
    expect(typoAllowance("101", "102")).toBe(0);
  });
});

describe("canonicalTokens", () => {
  it.each([
    ["The U.S. Air Force", ["us", "air", "force"]],
    ["one thousand one hundred troops", ["1100", "troops"]],
    ["a hundred and five", ["105"]],
    ["1,000,000.50", ["1000000.5"]],
    ["twenty-five percent", ["25", "percent"]],
    ["Agadèz", ["agadez"]],
    ["Jul 26, 2023", ["july", "26", "2023"]],
    ["26 July 2023", ["july", "26", "2023"]],
    ["26/07/2023", ["july", "26", "2023"]],
    ["2023-07-26", ["july", "26", "2023"]],
    ["05/07/2023", ["5", "7", "2023"]],
    ["2023-24", ["2023", "24"]],
    [".5", ["0.5"]],
    ["-3", ["-3"]],
    ["minus one thousand", ["-1000"]],
    ["constructor toString", ["constructor", "tostring"]],
  ])("turns %j into %j", (text, tokens) => {
    expect(canonicalTokens(text)).toEqual(tokens);
  });

  it("keeps separate numbers separate", () => {
    expect(foldNumberWords(["2023", "101"])).toEqual(["2023", "101"]);
    expect(foldNumberWords(["one", "two"])).toEqual(["1", "2"]);
  });
});

describe("gradeChoice", () => {
  it("grades a single choice by id", () => {
    expect(gradeChoice({ kind: "single", selected: "b", correct: "b" })).toEqual({
      correct: true,
      reason: "match",
    });
    expect(gradeChoice({ kind: "single", selected: "a", correct: "b" })).toEqual({
      correct: false,
      reason: "wrong-choice",
    });
    expect(gradeChoice({ kind: "single", selected: null, correct: "b" }).reason).toBe(
      "no-selection",
    );
  });

  it("grades several choices all-or-nothing", () => {
    expect(
      gradeChoice({ kind: "multiple", selected: ["c", "a"], correct: ["a", "c"] }).correct,
    ).toBe(true);
    expect(gradeChoice({ kind: "multiple", selected: ["a"], correct: ["a", "c"] }).reason).toBe(
      "missing-choices",
    );
    expect(
      gradeChoice({ kind: "multiple", selected: ["a", "b", "c"], correct: ["a", "c"] }).reason,
    ).toBe("extra-choices");
    expect(gradeChoice({ kind: "multiple", selected: [], correct: ["a"] }).reason).toBe(
      "no-selection",
    );
  });

  it("grades true/false from a boolean or a typed word", () => {
    expect(gradeChoice({ kind: "true-false", selected: true, correct: true }).correct).toBe(true);
    expect(gradeChoice({ kind: "true-false", selected: " False ", correct: false }).correct).toBe(
      true,
    );
    expect(gradeChoice({ kind: "true-false", selected: "yes", correct: false }).reason).toBe(
      "wrong-choice",
    );
    expect(gradeChoice({ kind: "true-false", selected: "maybe", correct: false }).reason).toBe(
      "no-selection",
    );
  });
});

describe("the other answers worth showing after an answer", () => {
  it("leaves out variants that only restate the answer's number, case or punctuation", () => {
    expect(distinctVariants("1,100", ["1100", "one thousand one hundred"])).toEqual([]);
    expect(
      distinctVariants("1,800", ["1800", "over 1,800", "more than 1,800 rebel attacks"]),
    ).toEqual([]);
    expect(distinctVariants("Mohamed Bazoum", ["mohamed bazoum", "Bazoum"])).toEqual(["Bazoum"]);
  });

  it("shows one spelling of each other answer, the first given", () => {
    expect(distinctVariants("United States", ["US", "U.S.", "USA", "U.S.A.", "the US"])).toEqual([
      "US",
      "USA",
    ]);
  });

  it("keeps every variant that names the answer another way", () => {
    expect(distinctVariants("Air Base 101", ["Base 101", "Niamey air base"])).toEqual([
      "Base 101",
      "Niamey air base",
    ]);
  });
});
