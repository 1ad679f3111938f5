import { describe, expect, it } from "vitest";
import {
  commonWrongAnswers,
  csvField,
  median,
  scoreDistribution,
  toCsv,
} from "@/app/_domain/reports";

describe("CSV export", () => {
  it("quotes commas, quotes and line breaks as RFC 4180 says and ends lines with CRLF", () => {
    expect(toCsv(["name", "note"], [["Doe, Jane", 'said "hi"\nthen left']])).toBe(
      'name,note\r\n"Doe, Jane","said ""hi""\nthen left"\r\n',
    );
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tcmd")).toBe("'\tcmd");
  });

  it("writes numbers, booleans and empty cells unchanged", () => {
    expect([csvField(-0.5), csvField(3), csvField(true), csvField(null)]).toEqual([
      "-0.5",
      "3",
      "true",
      "",
    ]);
  });
});

describe("score distribution", () => {
  it("puts scores in tenths with a perfect score in the last bin", () => {
    const bins = scoreDistribution([0, 0.05, 0.7, 0.69, 1, 1]);
    expect(bins.map((bin) => bin.count)).toEqual([2, 0, 0, 0, 0, 0, 1, 1, 0, 2]);
    expect(bins[9]!.label).toBe("90–100%");
  });

  it("takes the median of an even count as the mean of the middle two", () => {
    expect(median([0.2, 0.8, 0.4, 0.6])).toBe(0.5);
    expect(median([])).toBeNull();
  });
});

describe("common wrong answers", () => {
  it("counts answers that differ only in case and spacing as one, most frequent first", () => {
    expect(commonWrongAnswers(["Chad", " chad ", "Mali", "CHAD.", "", "Mali", "Benin"], 3)).toEqual(
      [
        { response: "Chad", count: 3 },
        { response: "Mali", count: 2 },
        { response: "(no answer)", count: 1 },
      ],
    );
  });
});
