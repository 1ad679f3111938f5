import { describe, expect, it } from "vitest";
import { learnMoreOffer, maxExtraNewCards, moreNewStep } from "@/app/_domain/scheduling";

describe("the offer to learn more new questions today", () => {
  it("asks for today's allowance plus one step, showing how many questions it brings", () => {
    expect(learnMoreOffer(7, 0)).toEqual({ questions: 7, extraNewCards: moreNewStep });
    expect(learnMoreOffer(10, 20)).toEqual({ questions: 10, extraNewCards: 20 + moreNewStep });
  });

  it("offers nothing when no new question would come", () => {
    expect(learnMoreOffer(0, 0)).toBeNull();
  });

  it("offers nothing once a step would pass the day's cap, which the request would be refused at", () => {
    expect(learnMoreOffer(3, maxExtraNewCards - moreNewStep)).toEqual({
      questions: 3,
      extraNewCards: maxExtraNewCards,
    });
    expect(learnMoreOffer(3, maxExtraNewCards - moreNewStep + 1)).toBeNull();
  });
});
