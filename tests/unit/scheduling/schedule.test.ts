import { describe, expect, it } from "vitest";
import {
  cardStates,
  newCardState,
  parseSchedulerConfig,
  previewIntervals,
  ratings,
  scheduleAnswer,
  undoAnswer,
  type CardState,
  type RatingValue,
} from "@/app/_domain/scheduling";

const start = new Date("2024-03-01T09:00:00Z");
const noFuzz = parseSchedulerConfig({ fuzz: { enabled: false } });

/** Answers at each due date in turn, returning every state after. */
function study(
  sequence: RatingValue[],
  config = noFuzz,
  cardKey = "user-1:question-1",
): CardState[] {
  let card = newCardState(start);
  return sequence.map((rating) => {
    card = scheduleAnswer({ card, rating, now: card.due, config, cardKey }).after;
    return card;
  });
}

/** A card in the review state, answered Good three times (due 2024-04-29). */
function reviewCard(): CardState {
  return study([3, 3, 3, 3]).at(-1)!;
}

describe("scheduleAnswer golden values (FSRS-6 default weights, retention 0.90, no fuzz)", () => {
  // Computed once with ts-fsrs 5.4.2 and checked by hand: the first Good moves to the 10-minute
  // learning step, the second graduates with S = w2 = 2.3065 days (interval 2), then 11 and 46
  // days; a lapse relearns for 10 minutes with S falling to 2.93 and D rising to 7.39.
  const golden: [RatingValue, number, string, number, number, number][] = [
    [3, 1, "2024-03-01T09:10:00.000Z", 0, 2.3065, 2.11810397],
    [3, 2, "2024-03-03T09:10:00.000Z", 2, 2.3065, 2.11121424],
    [3, 2, "2024-03-14T09:10:00.000Z", 11, 10.97104786, 2.1043314],
    [3, 2, "2024-04-29T09:10:00.000Z", 46, 46.31685657, 2.09745544],
    [1, 3, "2024-04-29T09:20:00.000Z", 0, 2.93384526, 7.38771571],
    [3, 2, "2024-05-02T09:20:00.000Z", 3, 2.93384526, 7.37555636],
    [3, 2, "2024-05-10T09:20:00.000Z", 8, 7.79910198, 7.36340917],
    [4, 2, "2024-06-07T09:20:00.000Z", 28, 28.49617075, 6.46761175],
    [2, 2, "2024-07-29T09:20:00.000Z", 52, 52.14693091, 7.64026444],
  ];

  it("reproduces the pinned states for Good×4, Again, Good×2, Easy, Hard", () => {
    const states = study(golden.map(([rating]) => rating));
    const actual = states.map((card, index) => [
      golden[index]![0],
      card.state,
      card.due.toISOString(),
      card.scheduledDays,
      card.stability,
      card.difficulty,
    ]);
    expect(actual).toEqual(golden);
  });

  it("counts repetitions and lapses along the way", () => {
    const last = study(golden.map(([rating]) => rating)).at(-1)!;
    expect(last).toMatchObject({ reps: 9, lapses: 1, version: 9 });
  });

  it("gives shorter intervals at higher desired retention", () => {
    const daysAt = (desiredRetention: number) =>
      study([3, 3, 3, 3], parseSchedulerConfig({ desiredRetention, fuzz: { enabled: false } })).map(
        (card) => card.scheduledDays,
      );
    expect(daysAt(0.97)).toEqual([0, 1, 2, 4]);
    expect(daysAt(0.95)).toEqual([0, 1, 3, 8]);
    expect(daysAt(0.8)).toEqual([0, 8, 76, 525]);
  });
});

describe("scheduleAnswer invariants", () => {
  it("orders a review card's intervals easy > good > hard", () => {
    const card = reviewCard();
    const preview = previewIntervals({ card, now: card.due, config: noFuzz });
    expect(preview[4].intervalMs).toBeGreaterThan(preview[3].intervalMs);
    expect(preview[3].intervalMs).toBeGreaterThan(preview[2].intervalMs);
    expect(preview[2].intervalMs).toBeGreaterThan(preview[1].intervalMs);
  });

  it("sends a review card answered Again to relearning with one more lapse", () => {
    const card = reviewCard();
    const { after } = scheduleAnswer({
      card,
      rating: ratings.again,
      now: card.due,
      config: noFuzz,
    });
    expect(after.state).toBe(cardStates.relearning);
    expect(after.lapses).toBe(card.lapses + 1);
    expect(after.stability).toBeLessThan(card.stability);
    expect(after.due.getTime() - card.due.getTime()).toBe(10 * 60_000);
  });

  it("increments the version by exactly one on every answer", () => {
    const card = { ...reviewCard(), version: 41 };
    for (const rating of [1, 2, 3, 4] as const) {
      expect(scheduleAnswer({ card, rating, now: card.due, config: noFuzz }).after.version).toBe(
        42,
      );
    }
  });

  it("never reads the clock: the same inputs give the same output", () => {
    const card = reviewCard();
    const config = parseSchedulerConfig({ fuzz: { enabled: true, seed: "s" } });
    const once = scheduleAnswer({ card, rating: 3, now: card.due, config, cardKey: "k" });
    const twice = scheduleAnswer({ card, rating: 3, now: card.due, config, cardKey: "k" });
    expect(twice).toEqual(once);
  });

  it("does not mutate the card it is given", () => {
    const card = reviewCard();
    const copy = structuredClone(card);
    scheduleAnswer({ card, rating: 1, now: card.due, config: noFuzz });
    expect(card).toEqual(copy);
  });

  it("never schedules past the maximum interval, even for Easy", () => {
    const config = parseSchedulerConfig({ maximumIntervalDays: 30, fuzz: { enabled: false } });
    const days = study([3, 3, 4, 4, 4], config).map((card) => card.scheduledDays);
    expect(days).toEqual([0, 2, 19, 30, 30]);
  });
});

describe("fuzz", () => {
  const fuzzy = parseSchedulerConfig({ fuzz: { enabled: true, seed: "golden" } });

  it("is reproducible from the card key and review time", () => {
    const days = (key: string) => study([3, 3, 3, 3], fuzzy, key).map((card) => card.scheduledDays);
    expect(days("user-1:question-1")).toEqual([0, 2, 12, 46]);
    expect(days("user-1:question-2")).toEqual([0, 2, 10, 44]);
    expect(days("user-1:question-1")).toEqual([0, 2, 12, 46]);
  });

  it("spreads one review over ts-fsrs's fuzz range around the unfuzzed interval", () => {
    const card = reviewCard();
    const plain = scheduleAnswer({ card, rating: 3, now: card.due, config: noFuzz }).after;
    const fuzzed = Array.from(
      { length: 200 },
      (_, key) =>
        scheduleAnswer({ card, rating: 3, now: card.due, config: fuzzy, cardKey: `card-${key}` })
          .after.scheduledDays,
    );
    // get_fuzz_range: ±(1 + 0.15·4.5 + 0.1·13 + 0.05·(ivl − 20)) days for an interval over 20.
    const delta = Math.round(1 + 0.675 + 1.3 + 0.05 * (plain.scheduledDays - 20));
    expect(Math.min(...fuzzed)).toBeGreaterThanOrEqual(plain.scheduledDays - delta);
    expect(Math.max(...fuzzed)).toBeLessThanOrEqual(plain.scheduledDays + delta);
    expect(new Set(fuzzed).size).toBeGreaterThan(delta);
  });
});

describe("undoAnswer", () => {
  it("restores the exact card from the review log, for every rating and state", () => {
    const cards = [newCardState(start), ...study([3, 3, 3, 3, 1, 3])];
    for (const card of cards) {
      for (const rating of [1, 2, 3, 4] as const) {
        const { log } = scheduleAnswer({ card, rating, now: card.due, config: noFuzz });
        expect(undoAnswer(log)).toEqual(card);
      }
    }
  });

  it("records the after-state and the weights on the log", () => {
    const card = reviewCard();
    const { after, log } = scheduleAnswer({ card, rating: 3, now: card.due, config: noFuzz });
    expect(log).toMatchObject({
      rating: 3,
      stateBefore: cardStates.review,
      versionBefore: card.version,
      stateAfter: after.state,
      dueAfter: after.due,
      stabilityAfter: after.stability,
      elapsedDays: 46,
    });
    expect(log.parameters).toHaveLength(21);
  });
});

describe("previewIntervals", () => {
  it("labels the buttons of a new card 1m, 6m, 10m, 8d", () => {
    const preview = previewIntervals({ card: newCardState(start), now: start, config: noFuzz });
    expect([1, 2, 3, 4].map((rating) => preview[rating as RatingValue].label)).toEqual([
      "1m",
      "6m",
      "10m",
      "8d",
    ]);
  });
});
