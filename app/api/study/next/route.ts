import { getNextStudyItem } from "@/app/_server/data/study/get-next-study-item";
import { nextQuerySchema, parseOrThrow } from "@/app/_server/data/study/inputs";
import { json, withClaimedUser } from "@/app/_server/http/json-route";

// GET /api/study/next?articles=<id>,<id> → the next question to study (without its answer).
export async function GET(request: Request): Promise<Response> {
  return withClaimedUser(request, async (actor) => {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const { articles } = parseOrThrow(nextQuerySchema, params);
    return json(await getNextStudyItem({ actor, now: new Date(), articleIds: articles }));
  });
}
