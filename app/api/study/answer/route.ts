import { answerInputSchema, parseOrThrow } from "@/app/_server/data/study/inputs";
import { recordAnswer } from "@/app/_server/data/study/record-answer";
import { staleCardDetails } from "@/app/_server/data/study/stale-details";
import { json, readJsonBody, withClaimedUser } from "@/app/_server/http/json-route";

// POST /api/study/answer — records one answer; safe to retry with the same idempotencyKey.
export async function POST(request: Request): Promise<Response> {
  return withClaimedUser(
    request,
    async (actor) => {
      const input = parseOrThrow(answerInputSchema, await readJsonBody(request));
      return json(await recordAnswer({ ...input, actor, now: new Date() }));
    },
    staleCardDetails,
  );
}
