import { parseOrThrow, undoInputSchema } from "@/app/_server/data/study/inputs";
import { undoLastAnswer } from "@/app/_server/data/study/undo-last-answer";
import { json, readJsonBody, withUser } from "@/app/_server/http/json-route";

// POST /api/study/undo {reviewId?} — undoes the latest answer; with reviewId, safe to retry.
export async function POST(request: Request): Promise<Response> {
  return withUser(async (actor) => {
    const { reviewId } = parseOrThrow(undoInputSchema, await readJsonBody(request));
    return json(await undoLastAnswer({ actor, now: new Date(), reviewId }));
  });
}
