import { moreNewInputSchema, parseOrThrow } from "@/app/_server/data/study/inputs";
import { extendNewCardsToday } from "@/app/_server/data/study/study-settings";
import { json, readJsonBody, withUser } from "@/app/_server/http/json-route";

// POST /api/study/more-new {extraNewCards, day} — "Learn more today": the allowance of new
// questions above the daily limit on the study day `day` (refused once it has ended); safe to
// retry (it sets the allowance, never adds to it).
export async function POST(request: Request): Promise<Response> {
  return withUser(async (actor) => {
    const input = parseOrThrow(moreNewInputSchema, await readJsonBody(request));
    return json(await extendNewCardsToday({ actor, ...input, now: new Date() }));
  });
}
