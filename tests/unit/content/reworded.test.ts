import { describe, expect, it } from "vitest";
import { pairReworded, type AskedFact } from "@/app/_domain/content";

const q = (id: string, type: string, sentenceId: string, answer: string): AskedFact => ({
  id,
  type,
  sentenceId,
  answer,
});

describe("pairing reworded questions with the rows they replace", () => {
  it("pairs a new wording with the leaving question of the same type, sentence and answer", () => {
    const pairs = pairReworded(
      [q("new-1", "short_answer", "s1", "Mohamed Bazoum"), q("new-2", "cloze", "s2", "Agadez")],
      [q("old-1", "short_answer", "s1", "Mohamed Bazoum"), q("old-2", "cloze", "s2", "Niamey")],
    );
    expect([...pairs]).toEqual([["new-1", "old-1"]]);
  });

  it("does not pair across types or sentences", () => {
    const pairs = pairReworded(
      [q("new-1", "multiple_choice", "s1", "1,100"), q("new-2", "numeric", "s3", "1,100")],
      [q("old-1", "numeric", "s1", "1,100")],
    );
    expect(pairs.size).toBe(0);
  });

  it("leaves a fact asked twice on either side unpaired, as its cards could belong to either", () => {
    const twoClozes = [q("new-1", "cloze", "s1", "Niger"), q("new-2", "cloze", "s1", "Niger")];
    expect(pairReworded(twoClozes, [q("old-1", "cloze", "s1", "Niger")]).size).toBe(0);
    const twoLeaving = [q("old-1", "cloze", "s1", "Niger"), q("old-2", "cloze", "s1", "Niger")];
    expect(pairReworded([q("new-1", "cloze", "s1", "Niger")], twoLeaving).size).toBe(0);
  });

  it("never pairs true/false statements, whose answer does not say which claim they make", () => {
    const pairs = pairReworded(
      [q("new-1", "true_false", "s1", "false")],
      [q("old-1", "true_false", "s1", "false")],
    );
    expect(pairs.size).toBe(0);
  });

  it("pairs nothing when nothing leaves", () => {
    expect(pairReworded([q("new-1", "cloze", "s1", "July")], []).size).toBe(0);
  });
});
