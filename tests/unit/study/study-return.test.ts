import { describe, expect, it } from "vitest";
import { sourceHrefFromStudy, studyHrefFrom } from "@/app/_components/study/study-return";

describe("the way from a study answer's source back to studying", () => {
  it("marks the source link as opened from study, keeping the sentence's anchor last", () => {
    expect(sourceHrefFromStudy("/articles/a1#s-a1-4", [])).toBe("/articles/a1?from=study#s-a1-4");
    expect(sourceHrefFromStudy("/articles/a1#s-a1-4", ["a1", "b 2"])).toBe(
      "/articles/a1?from=study&article=a1&article=b+2#s-a1-4",
    );
    expect(sourceHrefFromStudy("/articles/a1", ["a1"])).toBe("/articles/a1?from=study&article=a1");
  });

  it("leads back to the study page with the same articles, and only there", () => {
    expect(studyHrefFrom({ from: "study" })).toBe("/study");
    expect(studyHrefFrom({ from: "study", article: ["a1", "b 2"] })).toBe(
      "/study?article=a1&article=b+2",
    );
    expect(studyHrefFrom({ from: "study", article: "https://evil.example" })).toBe(
      "/study?article=https%3A%2F%2Fevil.example",
    );
    expect(studyHrefFrom({})).toBeNull();
    expect(studyHrefFrom({ from: "elsewhere", article: "a1" })).toBeNull();
  });
});
