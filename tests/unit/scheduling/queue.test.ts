import { describe, expect, it } from "vitest";
import {
  buildStudyQueue,
  cardStates,
  dayBoundary,
  type DueCandidate,
  type NewCandidate,
  type QueueInput,
} from "@/app/_domain/scheduling";

const now = new Date("2024-05-10T08:00:00Z");
const day = dayBoundary(now, 60);

const review = (questionId: string, due: string, siblingKeys: string[] = []): DueCandidate => ({
  questionId,
  state: cardStates.review,
  due: new Date(due),
  siblingKeys,
});
const fresh = (questionId: string, siblingKeys: string[] = []): NewCandidate => ({
  questionId,
  siblingKeys,
});

function queue(overrides: Partial<QueueInput>) {
  return buildStudyQueue({
    now,
    day,
    dueCards: [],
    newQuestions: [],
    seenSiblingKeysToday: [],
    limits: { newPerDay: 20, reviewsPerDay: 200 },
    ...overrides,
  });
}

const ids = (result: ReturnType<typeof queue>) => result.items.map((item) => item.questionId);

describe("dayBoundary", () => {
  it("starts the study day at 4 am local time", () => {
    expect(dayBoundary(new Date("2024-05-10T08:00:00Z"), 60)).toEqual({
      key: "2024-05-10",
      start: new Date("2024-05-10T03:00:00Z"),
      end: new Date("2024-05-11T03:00:00Z"),
    });
  });

  it("counts 2 am local time as the previous study day", () => {
    expect(dayBoundary(new Date("2024-05-10T01:00:00Z"), 60).key).toBe("2024-05-09");
  });

  it("handles time zones west of UTC and a midnight rollover", () => {
    const newYork = dayBoundary(new Date("2024-01-10T03:30:00Z"), -300, 0);
    expect(newYork.key).toBe("2024-01-09");
    expect(newYork.start).toEqual(new Date("2024-01-09T05:00:00Z"));
  });
});

describe("buildStudyQueue", () => {
  it("puts due reviews first, oldest due first, then new questions in the given order", () => {
    const result = queue({
      dueCards: [review("r2", "2024-05-09T10:00:00Z"), review("r1", "2024-05-01T10:00:00Z")],
      newQuestions: [fresh("n1"), fresh("n2")],
    });
    expect(ids(result)).toEqual(["r1", "r2", "n1", "n2"]);
    expect(result.items.map((item) => item.kind)).toEqual(["review", "review", "new", "new"]);
  });

  it("includes reviews due later today but not tomorrow", () => {
    const result = queue({
      dueCards: [
        review("today", "2024-05-11T02:59:00Z"),
        review("tomorrow", "2024-05-11T03:00:00Z"),
      ],
    });
    expect(ids(result)).toEqual(["today"]);
  });

  it("shows learning steps due within the learn-ahead limit, not later ones", () => {
    const learning = (questionId: string, due: string): DueCandidate => ({
      questionId,
      state: cardStates.learning,
      due: new Date(due),
      siblingKeys: [],
    });
    const result = queue({
      dueCards: [
        learning("soon", "2024-05-10T08:15:00Z"),
        learning("later", "2024-05-10T08:30:00Z"),
      ],
    });
    expect(ids(result)).toEqual(["soon"]);
  });

  it("caps reviews by what is left of the daily review limit", () => {
    const dueCards = ["a", "b", "c", "d"].map((id, index) =>
      review(id, `2024-05-0${index + 1}T09:00:00Z`),
    );
    const result = queue({
      dueCards,
      limits: { newPerDay: 0, reviewsPerDay: 5 },
      doneToday: { newCards: 0, reviews: 3 },
    });
    expect(ids(result)).toEqual(["a", "b"]);
    expect(result.reviewsOverLimit).toBe(2);
  });

  it("caps new questions by what is left of the daily new limit", () => {
    const newQuestions = ["n1", "n2", "n3", "n4"].map((id) => fresh(id));
    const result = queue({
      newQuestions,
      limits: { newPerDay: 3, reviewsPerDay: 100 },
      doneToday: { newCards: 1, reviews: 0 },
    });
    expect(ids(result)).toEqual(["n1", "n2"]);
  });

  it("never queues two siblings on the same day", () => {
    const result = queue({
      dueCards: [
        review("r1", "2024-05-01T09:00:00Z", ["sentence-7"]),
        review("r2", "2024-05-02T09:00:00Z", ["sentence-7"]),
      ],
      newQuestions: [
        fresh("n1", ["sentence-7", "fact-3"]),
        fresh("n2", ["fact-3"]),
        fresh("n3", ["fact-4"]),
      ],
    });
    expect(ids(result)).toEqual(["r1", "n2", "n3"]);
    expect(result.deferredSiblings).toEqual(["r2", "n1"]);
  });

  it("holds back siblings of questions already answered today", () => {
    const result = queue({
      dueCards: [review("r1", "2024-05-01T09:00:00Z", ["fact-1"])],
      newQuestions: [fresh("n1", ["fact-2"]), fresh("n2", ["fact-9"])],
      seenSiblingKeysToday: new Set(["fact-1", "fact-2"]),
    });
    expect(ids(result)).toEqual(["n2"]);
  });

  it("does not count sibling-deferred new questions against the new limit", () => {
    const result = queue({
      newQuestions: [fresh("n1", ["s"]), fresh("n2", ["s"]), fresh("n3", ["t"])],
      limits: { newPerDay: 2, reviewsPerDay: 100 },
    });
    expect(ids(result)).toEqual(["n1", "n3"]);
  });

  it("never holds back a card in relearning, and does not count it as a review", () => {
    const relearning: DueCandidate = {
      questionId: "lapsed",
      state: cardStates.relearning,
      due: new Date("2024-05-10T07:50:00Z"),
      siblingKeys: ["fact-1"],
    };
    const result = queue({
      dueCards: [relearning, review("r1", "2024-05-01T09:00:00Z")],
      seenSiblingKeysToday: ["fact-1"],
      limits: { newPerDay: 0, reviewsPerDay: 1 },
    });
    expect(ids(result)).toEqual(["r1", "lapsed"]);
  });
});
