import { describe, expect, it } from "vitest";
import { optimizerItems, studyDayNumber, type OptimizerReview } from "@/app/_domain/scheduling";

const utc = { offsetMinutesAt: () => 0 };
const at = (iso: string) => new Date(iso);
const review = (
  questionId: string,
  iso: string,
  rating: number,
  extra: Partial<OptimizerReview> = {},
): OptimizerReview => ({
  questionId,
  reviewedAt: at(iso),
  rating,
  stateBefore: 2,
  undoneAt: null,
  ...extra,
});

// Card "a": learned with two same-day steps, then reviewed 3 and 10 study days later.
// Card "b": a lapse on its second review. Card "c": an undone answer and a single review.
const logs: OptimizerReview[] = [
  review("b", "2026-03-02T10:00:00Z", 1),
  review("a", "2026-03-01T09:00:00Z", 1, { stateBefore: 0 }),
  review("b", "2026-03-01T12:00:00Z", 3, { stateBefore: 0 }),
  review("a", "2026-03-01T09:10:00Z", 3, { stateBefore: 1 }),
  review("a", "2026-03-04T20:00:00Z", 3),
  review("a", "2026-03-14T08:00:00Z", 4),
  review("c", "2026-03-01T08:00:00Z", 3, { stateBefore: 0 }),
  review("c", "2026-03-02T08:00:00Z", 1, { undoneAt: at("2026-03-02T08:00:05Z") }),
];

describe("optimizerItems", () => {
  it("turns each review after a card's first into an item holding the card's history (golden)", () => {
    expect(optimizerItems(logs, utc)).toEqual([
      {
        reviews: [
          { rating: 1, deltaT: 0 },
          { rating: 3, deltaT: 0 },
        ],
      },
      {
        reviews: [
          { rating: 1, deltaT: 0 },
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 3 },
        ],
      },
      {
        reviews: [
          { rating: 1, deltaT: 0 },
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 3 },
          { rating: 4, deltaT: 10 },
        ],
      },
      {
        reviews: [
          { rating: 3, deltaT: 0 },
          { rating: 1, deltaT: 1 },
        ],
      },
    ]);
  });

  it("gives the same items whatever order the logs come in", () => {
    expect(optimizerItems([...logs].reverse(), utc)).toEqual(optimizerItems(logs, utc));
  });

  it("drops undone answers and cards whose history does not start from New", () => {
    const partial = [
      review("d", "2026-03-01T08:00:00Z", 3),
      review("d", "2026-03-05T08:00:00Z", 3),
    ];
    const undone = { undoneAt: at("2026-03-01T08:00:01Z"), stateBefore: 0 };
    expect(optimizerItems(partial, utc)).toEqual([]);
    expect(optimizerItems([review("e", "2026-03-01T08:00:00Z", 3, undone)], utc)).toEqual([]);
  });

  it("counts study days in the student's zone, rolling over at 4 am local", () => {
    // 23:30 and 03:30 the next night in New York (UTC-5) are one study day there…
    const newYork = { offsetMinutesAt: () => -300 };
    const night = [
      review("n", "2026-03-03T04:30:00Z", 3, { stateBefore: 0 }),
      review("n", "2026-03-03T08:30:00Z", 3),
      review("n", "2026-03-03T09:30:00Z", 3),
    ];
    expect(optimizerItems(night, newYork).at(-1)).toEqual({
      reviews: [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 1 },
      ],
    });
    // …and the third, at 04:30 there, starts the next one; in UTC all three share one study day.
    expect(
      optimizerItems(night, utc)
        .at(-1)!
        .reviews.map((r) => r.deltaT),
    ).toEqual([0, 0, 0]);
  });

  it("numbers study days like dayBoundary does", () => {
    expect(studyDayNumber(at("2026-03-03T03:59:00Z"), utc)).toBe(20514);
    expect(studyDayNumber(at("2026-03-03T04:00:00Z"), utc)).toBe(20515);
  });
});
