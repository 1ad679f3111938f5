import { describe, expect, it } from "vitest";
import { chooseDemoQuestions } from "@/app/_domain/classes";

describe("choosing the demo quiz's questions", () => {
  const q = (id: string, type: string, siblingKey: string, articleId = "a", answer = id) => ({
    id,
    type,
    siblingKey,
    answer,
    articleId,
    article: { title: `Article ${articleId}` },
  });

  it("takes the types in turn, one question a sentence, from the article that gives the most", () => {
    const candidates = [
      q("a1", "cloze", "s1"),
      q("a2", "multiple_choice", "s2"),
      q("b1", "cloze", "t1", "b"),
      q("b2", "cloze", "t1", "b"),
      q("b3", "true_false", "t2", "b"),
      q("b4", "multiple_choice", "t3", "b"),
      q("b5", "cloze", "t4", "b"),
    ];
    expect(chooseDemoQuestions(candidates, 3)).toEqual({
      articleTitle: "Article b",
      questionIds: ["b4", "b3", "b1"],
    });
    expect(chooseDemoQuestions(candidates, 5)).toEqual({
      articleTitle: "Article b",
      questionIds: ["b4", "b3", "b1", "b5"],
    });
    expect(chooseDemoQuestions([], 5)).toEqual({ articleTitle: "", questionIds: [] });
  });

  it("prefers, among articles that give as many, the one with more kinds of question", () => {
    const candidates = [
      q("a1", "cloze", "s1"),
      q("a2", "cloze", "s2"),
      q("b1", "cloze", "t1", "b"),
      q("b2", "true_false", "t2", "b"),
    ];
    expect(chooseDemoQuestions(candidates, 2)).toEqual({
      articleTitle: "Article b",
      questionIds: ["b2", "b1"],
    });
  });

  it("asks one answer once, though two sentences give it, but any number of true/false", () => {
    const candidates = [
      q("a1", "multiple_choice", "s1", "a", "July 2023"),
      q("a2", "true_false", "s2", "a", "true"),
      q("a3", "cloze", "s3", "a", "July 2023"),
      q("a4", "short_answer", "s4", "a", "Niamey"),
      q("a5", "true_false", "s5", "a", "true"),
    ];
    expect(chooseDemoQuestions(candidates, 5).questionIds).toEqual(["a1", "a2", "a4", "a5"]);
  });
});
