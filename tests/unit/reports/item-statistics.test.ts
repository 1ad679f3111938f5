import { describe, expect, it } from "vitest";
import {
  groupSize,
  itemStatistics,
  MIN_RESPONSES_TO_FLAG,
  pointBiserial,
  upperLowerIndex,
  type ItemResponse,
  worthALook,
} from "@/app/_domain/reports";

// Hand-computed example: ten students with totals 1.0, 0.9, …, 0.1; the item is right for
// s01 s02 s03 s05 s06 s08 and wrong for s04 s07 s09 s10.
//   facility      = 6 / 10 = 0.6
//   27% groups    = round(10 · 0.27) = 3 students each
//   upper (s01–s03) all right → 1; lower (s08–s10) one right → 1/3; D = 1 − 1/3 = 2/3
//   M1 = (1.0 + 0.9 + 0.8 + 0.6 + 0.5 + 0.3) / 6 = 4.1 / 6;  M0 = (0.7 + 0.4 + 0.2 + 0.1) / 4 = 0.35
//   M1 − M0 = 1/3;  mean = 0.55;  population variance = 0.825 / 10 = 0.0825;  p·q = 0.24
//   r_pb = (1/3) · √(0.24 / 0.0825) = √(32/11) / 3 ≈ 0.568535
const rightFor = new Set(["s01", "s02", "s03", "s05", "s06", "s08"]);
const golden: ItemResponse[] = Array.from({ length: 10 }, (_, i) => {
  const studentId = `s${String(i + 1).padStart(2, "0")}`;
  return { studentId, total: (10 - i) / 10, correct: rightFor.has(studentId) };
});

describe("item statistics on the hand-computed example", () => {
  it("gives a facility of 0.6", () => {
    expect(itemStatistics(golden).facility).toBe(0.6);
  });

  it("gives an upper–lower 27% index of 2/3", () => {
    expect(upperLowerIndex(golden)).toBeCloseTo(2 / 3, 12);
  });

  it("gives a point-biserial of √(32/11)/3", () => {
    expect(pointBiserial(golden)).toBeCloseTo(Math.sqrt(32 / 11) / 3, 12);
    expect(pointBiserial(golden)).toBeCloseTo(0.568535, 6);
  });

  it("does not depend on the order the responses arrive in", () => {
    const reversed = itemStatistics([...golden].reverse());
    expect(reversed.facility).toBe(0.6);
    expect(reversed.upperLowerIndex).toBeCloseTo(2 / 3, 12);
    // Summing in another order may move the last bit of a float, nothing more.
    expect(reversed.pointBiserial).toBeCloseTo(Math.sqrt(32 / 11) / 3, 12);
  });
});

describe("item statistic invariants", () => {
  it("makes 27% groups of at least one student that never overlap", () => {
    expect([1, 2, 3, 4, 10, 100].map(groupSize)).toEqual([0, 1, 1, 1, 3, 27]);
  });

  it("gives no discrimination for a single response or an item everyone got right", () => {
    expect(itemStatistics([golden[0]!])).toEqual({
      responses: 1,
      facility: 1,
      upperLowerIndex: null,
      pointBiserial: null,
    });
    const allRight = golden.map((row) => ({ ...row, correct: true }));
    expect(upperLowerIndex(allRight)).toBe(0);
    expect(pointBiserial(allRight)).toBeNull();
  });

  it("gives a negative index when weak students get the item right and strong ones do not", () => {
    const inverted = golden.map((row) => ({ ...row, correct: row.total <= 0.3 }));
    expect(upperLowerIndex(inverted)).toBe(-1);
    expect(pointBiserial(inverted)!).toBeLessThan(0);
  });

  it("breaks ties on the total by student id so the groups are reproducible", () => {
    const tied: ItemResponse[] = [
      { studentId: "b", total: 0.5, correct: false },
      { studentId: "a", total: 0.5, correct: true },
      { studentId: "c", total: 0.5, correct: false },
    ];
    expect(upperLowerIndex(tied)).toBe(1);
  });

  it("has no statistics at all without responses", () => {
    expect(itemStatistics([])).toEqual({
      responses: 0,
      facility: null,
      upperLowerIndex: null,
      pointBiserial: null,
    });
  });
});

describe("which questions are worth a look", () => {
  const stats = (responses: number, facility: number | null, upperLowerIndex: number | null) => ({
    responses,
    facility,
    upperLowerIndex,
  });

  it("flags a question most students got wrong, or one that does not tell strong from weak", () => {
    expect(worthALook(stats(10, 0.2, 0.5))).toBe(true);
    expect(worthALook(stats(10, 0.6, 0.1))).toBe(true);
    expect(worthALook(stats(10, 0.6, -0.3))).toBe(true);
  });

  it("does not flag a question that is answered well enough and tells strong from weak", () => {
    expect(worthALook(stats(10, 0.6, 2 / 3))).toBe(false);
  });

  it("does not flag a question everyone answered right, although its discrimination is 0", () => {
    const allRight = golden.map((row) => ({ ...row, correct: true }));
    expect(worthALook(itemStatistics(allRight))).toBe(false);
  });

  it(`does not flag anything with fewer than ${MIN_RESPONSES_TO_FLAG} responses`, () => {
    expect(worthALook(stats(MIN_RESPONSES_TO_FLAG - 1, 0, -1))).toBe(false);
    expect(worthALook(stats(MIN_RESPONSES_TO_FLAG, 0, -1))).toBe(true);
    expect(worthALook(stats(0, null, null))).toBe(false);
  });
});
