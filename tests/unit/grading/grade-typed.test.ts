import { describe, expect, it } from "vitest";
import { gradeTypedAnswer, type TypedAnswerKind } from "@/app/_domain/grading";

type Row = [
  response: string,
  answer: string,
  accepted: string[],
  kind: TypedAnswerKind,
  reason: string,
];

// Answers from the Niger corpus (U.S. forces in Niger, 2023–2024).
const acceptedRows: Row[] = [
  ["Mohamed Bazoum", "Mohamed Bazoum", [], "text", "exact"],
  ["mohamed bazoum", "Mohamed Bazoum", [], "text", "normalised"],
  ["  MOHAMED   BAZOUM ", "Mohamed Bazoum", [], "text", "normalised"],
  ["Bazoum", "Mohamed Bazoum", ["Bazoum"], "text", "exact"],
  ["bazoum.", "Mohamed Bazoum", ["Bazoum"], "text", "normalised"],
  ["President Bazoum", "Mohamed Bazoum", ["Bazoum"], "text", "normalised"],
  ["President Mohamed Bazoum", "Mohamed Bazoum", [], "text", "normalised"],
  ["Mohammed Bazoum", "Mohamed Bazoum", [], "text", "typo"],
  ["Mohamed Bazuom", "Mohamed Bazoum", [], "text", "typo"],
  ["Bazoum's", "Mohamed Bazoum", ["Bazoum"], "text", "normalised"],
  ["Niamey", "Niamey", [], "text", "exact"],
  ["niamey!", "Niamey", [], "text", "normalised"],
  ["Niamy", "Niamey", [], "text", "typo"],
  ["Naimey", "Niamey", [], "text", "typo"],
  ["Agadèz", "Agadez", [], "text", "normalised"],
  ["agadez", "Agadez", [], "text", "normalised"],
  ["Agadz", "Agadez", [], "text", "typo"],
  ["Air Base 101", "Air Base 101", [], "text", "exact"],
  ["air base 101", "Air Base 101", [], "text", "normalised"],
  ["Airbase 101", "Air Base 101", [], "text", "normalised"],
  ["air-base 101", "Air Base 101", [], "text", "normalised"],
  ["Air Base one hundred one", "Air Base 101", [], "text", "normalised"],
  ["Air Base 201", "Air Base 201", [], "text", "exact"],
  ["General James Hecker", "General James Hecker", [], "text", "exact"],
  ["James Hecker", "General James Hecker", [], "text", "normalised"],
  ["Gen. James Hecker", "General James Hecker", [], "text", "normalised"],
  ["gen james heckr", "General James Hecker", [], "text", "typo"],
  ["Hecker", "General James Hecker", ["Hecker"], "text", "exact"],
  ["July 2023", "July 2023", [], "text", "exact"],
  ["Jul. 2023", "July 2023", [], "text", "normalised"],
  ["july, 2023", "July 2023", [], "text", "normalised"],
  ["the Pentagon", "Pentagon", [], "text", "normalised"],
  ["Pentagon", "The Pentagon", [], "text", "normalised"],
  ["Pentagn", "Pentagon", [], "text", "typo"],
  ["U.S. Africa Command", "US Africa Command", [], "text", "normalised"],
  ["AFRICOM", "U.S. Africa Command", ["AFRICOM"], "text", "exact"],
  ["Abdourahmane Tiani", "Abdourahamane Tiani", [], "text", "typo"],
  ["Abdourahamane Tchiani", "Abdourahamane Tiani", ["Abdourahamane Tchiani"], "text", "exact"],
  ["Wagner group", "the Wagner Group", [], "text", "normalised"],
  ["1100", "1,100", [], "number", "numeric"],
  ["1,100", "1,100", [], "number", "numeric"],
  ["1 100", "1,100", [], "text", "normalised"],
  ["1 100 000", "1,100,000", [], "number", "numeric"],
  ["one thousand one hundred", "1,100", [], "number", "numeric"],
  ["eleven hundred", "1,100", [], "number", "numeric"],
  ["1.1 thousand", "1,100", [], "number", "numeric"],
  ["1.1k troops", "1,100 troops", [], "number", "numeric"],
  ["about 1,100 troops", "1,100 troops", [], "number", "numeric"],
  ["1100 troops", "1,100 troops", [], "number", "numeric"],
  ["570", "570 miles", [], "number", "numeric"],
  ["570 mi", "570 miles", [], "number", "numeric"],
  ["570 mile", "570 miles", [], "number", "numeric"],
  ["five hundred and seventy miles", "570 miles", [], "number", "numeric"],
  ["101", "101", [], "number", "numeric"],
  ["101st", "101", [], "number", "numeric"],
  ["2023", "2023", [], "number", "numeric"],
  ["$110 million", "110 million", [], "number", "numeric"],
  ["10%", "10 percent", [], "number", "numeric"],
  // A written date in either order, or a numeric one that can be read only one way.
  ["26 July 2023", "July 26, 2023", [], "text", "normalised"],
  ["26th of July, 2023", "July 26, 2023", [], "text", "normalised"],
  ["26 Jul 2023", "July 26, 2023", [], "text", "normalised"],
  ["July 26, 2023", "26 July 2023", [], "text", "normalised"],
  ["26/07/2023", "July 26, 2023", [], "text", "normalised"],
  ["07/26/2023", "July 26, 2023", [], "text", "normalised"],
  ["2023-07-26", "July 26, 2023", [], "text", "normalised"],
  // A title before a single name can be left out or abbreviated.
  ["Tiani", "General Tiani", [], "text", "normalised"],
  ["Gen. Tiani", "General Tiani", [], "text", "normalised"],
  ["General Tiani", "Gen. Tiani", [], "text", "normalised"],
  ["Bazoum", "President Bazoum", [], "text", "normalised"],
  ["Gen. Motors", "General Motors", [], "text", "normalised"],
  [".5", "0.5", [], "number", "numeric"],
  ["0.5", ".5", [], "number", "numeric"],
  [".5", "0.5", [], "text", "normalised"],
  ["-3", "-3", [], "number", "numeric"],
  ["−3", "-3", [], "number", "numeric"],
  ["minus three", "-3", [], "number", "numeric"],
  ["more than 1,100", "more than 1,100", [], "number", "numeric"],
  ["over 1,000 troops", "over 1,000 troops", [], "number", "numeric"],
];

const rejectedRows: Row[] = [
  ["", "Mohamed Bazoum", [], "text", "empty"],
  ["   ", "Niamey", [], "text", "empty"],
  ["Niger", "Niamey", [], "text", "different"],
  ["Niamey", "Niger", [], "text", "different"],
  ["Nigeria", "Niger", [], "text", "different"],
  ["Niger", "Nigeria", [], "text", "different"],
  ["Mali", "Niger", [], "text", "different"],
  ["Agadez", "Niamey", [], "text", "different"],
  ["Arlit", "Agadez", [], "text", "different"],
  ["Tiani", "Mohamed Bazoum", ["Bazoum"], "text", "different"],
  // A second spelling two edits away is a variant for the author to list, not a typo.
  ["Tchiani", "Tiani", [], "text", "different"],
  ["Mohamed", "Mohamed Bazoum", [], "text", "different"],
  ["Hecker", "General James Hecker", [], "text", "different"],
  ["General Hecker", "General James Hecker", [], "text", "different"],
  ["James Heckerman", "General James Hecker", [], "text", "different"],
  ["Air Base 201", "Air Base 101", [], "text", "number-mismatch"],
  ["Air Base 101", "Air Base 201", [], "text", "number-mismatch"],
  ["Air Base", "Air Base 101", [], "text", "different"],
  ["Air Base two hundred one", "Air Base 101", [], "text", "number-mismatch"],
  ["July 2024", "July 2023", [], "text", "number-mismatch"],
  ["June 2023", "July 2023", [], "text", "different"],
  ["August 2023", "July 2023", [], "text", "different"],
  ["Russia", "the Wagner Group", [], "text", "different"],
  ["Africa Command", "U.S. Africa Command", [], "text", "different"],
  ["1,000", "1,100", [], "number", "number-mismatch"],
  ["1000", "1,100", [], "number", "number-mismatch"],
  ["1,100", "1,000", [], "number", "number-mismatch"],
  ["11,000", "1,100", [], "number", "number-mismatch"],
  ["110", "1,100", [], "number", "number-mismatch"],
  ["one thousand", "1,100", [], "number", "number-mismatch"],
  ["1.1 million", "1,100", [], "number", "number-mismatch"],
  ["1,000 or 1,100", "1,100", [], "number", "number-mismatch"],
  ["201", "101", [], "number", "number-mismatch"],
  ["10", "101", [], "number", "number-mismatch"],
  ["1011", "101", [], "number", "number-mismatch"],
  ["570 km", "570 miles", [], "number", "unit-mismatch"],
  ["917 km", "570 miles", [], "number", "number-mismatch"],
  ["575 miles", "570 miles", [], "number", "number-mismatch"],
  ["1,100 aircraft", "1,100 troops", [], "number", "unit-mismatch"],
  ["many troops", "1,100 troops", [], "number", "not-a-number"],
  ["2024", "2023", [], "number", "number-mismatch"],
  ["10 percent", "100 percent", [], "number", "number-mismatch"],
  ["July 2023", "July 26, 2023", [], "text", "number-mismatch"],
  ["26 July 2022", "July 26, 2023", [], "text", "number-mismatch"],
  ["27 July 2023", "July 26, 2023", [], "text", "number-mismatch"],
  ["26 June 2023", "July 26, 2023", [], "text", "different"],
  // Day and month both 12 or under: 5 July or May 7, so neither is accepted.
  ["05/07/2023", "July 5, 2023", [], "text", "number-mismatch"],
  ["05/07/2023", "May 7, 2023", [], "text", "number-mismatch"],
  ["Motors", "General Motors", [], "text", "different"],
  ["Congo", "DR Congo", [], "text", "different"],
  ["Mohamed", "President Mohamed Bazoum", [], "text", "different"],
  ["Bazoum", "President Mohamed Bazoum", [], "text", "different"],
  [".5", "5", [], "number", "number-mismatch"],
  ["5", "0.5", [], "number", "number-mismatch"],
  ["3", "-3", [], "number", "number-mismatch"],
  ["-3", "3", [], "number", "number-mismatch"],
  ["3", "-3", [], "text", "number-mismatch"],
  ["2023-24", "-24", [], "number", "number-mismatch"],
  ["not 1,100", "1,100", [], "number", "qualifier-mismatch"],
  ["more than 1100", "1,100", [], "number", "qualifier-mismatch"],
  ["at least 1,100", "1,100", [], "number", "qualifier-mismatch"],
  ["fewer than 1,100 troops", "1,100 troops", [], "number", "qualifier-mismatch"],
  [">1,100", "1,100", [], "number", "qualifier-mismatch"],
  ["1,100+", "1,100", [], "number", "qualifier-mismatch"],
  ["≤ 1100", "1,100", [], "number", "qualifier-mismatch"],
  ["110 0", "1,100", [], "text", "number-mismatch"],
  ["11 00", "1,100", [], "text", "number-mismatch"],
  // Words that are names of JavaScript's own object keys are words like any other.
  ["constructor", "toString", [], "text", "different"],
  ["constructor", "1,100 troops", [], "number", "not-a-number"],
];

const grade = ([response, answer, accepted, kind]: Row) =>
  gradeTypedAnswer({ response, answer, accepted, kind });

describe("gradeTypedAnswer", () => {
  it.each(acceptedRows)("accepts %j for %j (accepted %j, %s) as %s", (...row) => {
    const result = grade(row);
    expect(result.correct).toBe(true);
    expect(result.reason).toBe(row[4]);
  });

  it.each(rejectedRows)("rejects %j for %j (accepted %j, %s) as %s", (...row) => {
    const result = grade(row);
    expect(result.correct).toBe(false);
    expect(result.reason).toBe(row[4]);
  });

  it("has at least 30 rows in each table", () => {
    expect(acceptedRows.length).toBeGreaterThanOrEqual(30);
    expect(rejectedRows.length).toBeGreaterThanOrEqual(30);
  });

  it("reports which accepted variant matched and the normalised response", () => {
    expect(
      gradeTypedAnswer({
        response: "President BAZOUM",
        answer: "Mohamed Bazoum",
        accepted: ["Bazoum"],
        kind: "text",
      }),
    ).toEqual({
      correct: true,
      normalised: "president bazoum",
      matched: "Bazoum",
      reason: "normalised",
    });
  });

  it("never accepts a listed wrong answer, even one typo away from the right one", () => {
    const result = gradeTypedAnswer({
      response: "Nigel",
      answer: "Niger",
      rejected: ["Nigel"],
      kind: "text",
    });
    expect(result).toMatchObject({ correct: false, reason: "rejected-answer" });
    expect(gradeTypedAnswer({ response: "Nigel", answer: "Niger", kind: "text" }).correct).toBe(
      true,
    );
  });

  it("never accepts a different number for any spelling of it", () => {
    for (let value = 1_000; value <= 1_200; value++) {
      const response = value.toLocaleString("en-US");
      const result = gradeTypedAnswer({ response, answer: "1,100 troops", kind: "number" });
      expect(result.correct).toBe(value === 1_100);
    }
  });
});
