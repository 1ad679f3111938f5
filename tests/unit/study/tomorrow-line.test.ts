import { describe, expect, it } from "vitest";
import { tomorrowLine } from "@/app/_components/study/tomorrow-line";

describe("the finished-for-today screen's line about tomorrow", () => {
  it.each([
    [12, 20, "Tomorrow: 12 reviews and 20 new questions."],
    [1, 1, "Tomorrow: 1 review and 1 new question."],
    [3, 0, "Tomorrow: 3 reviews."],
    [0, 5, "Tomorrow: 5 new questions."],
    [0, 0, "Nothing is due tomorrow."],
  ])("reads %i reviews and %i new questions as %j", (reviews, newQuestions, line) => {
    expect(tomorrowLine({ key: "2026-03-11", reviews, newQuestions })).toBe(line);
  });
});
