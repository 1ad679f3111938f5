import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/app/_server/current-user";
import { createSession, deleteSession, disableUser } from "@/app/_server/data/sessions/sessions";
import { makeArticle } from "@/tests/factories/content";
import { logsOf, makeStudent } from "./study-helpers";

// The route handlers run as Next.js would call them; only reading the cookie is replaced: the
// session row is real, and the study statements check it themselves.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null, id: "" }));
vi.mock("@/app/_server/current-user", () => ({
  currentUser: async () => session.user,
  claimedUser: async () => session.user && { ...session.user, sessionId: session.id },
  forgetClaim: () => undefined,
}));

async function signIn(): Promise<CurrentUser> {
  const user = await makeStudent();
  session.user = user;
  session.id = await createSession({ userId: user.id });
  return user;
}

const { GET: next } = await import("@/app/api/study/next/route");
const { POST: answer } = await import("@/app/api/study/answer/route");
const { POST: undo } = await import("@/app/api/study/undo/route");
const { POST: moreNew } = await import("@/app/api/study/more-new/route");

const post = (path: string, body: unknown) =>
  new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

beforeEach(() => {
  session.user = null;
  session.id = "";
});

describe("the study endpoints", () => {
  it("answer 401 with a JSON error when signed out", async () => {
    const responses = [
      await next(new Request("http://localhost/api/study/next")),
      await answer(post("/api/study/answer", {})),
      await undo(post("/api/study/undo", {})),
      await moreNew(post("/api/study/more-new", { extraNewCards: 10 })),
    ];
    for (const response of responses) {
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: { code: "unauthenticated", message: "Sign in to continue." },
      });
    }
  });

  it("serve the next question, record its answer, refuse a stale one with the fresh card, and undo", async () => {
    await signIn();
    const article = await makeArticle();
    const url = `http://localhost/api/study/next?articles=${article.id}`;
    const shown = await (await next(new Request(url))).json();
    expect(shown.item).toMatchObject({ questionId: article.questions[0]!.id, cardVersion: 0 });
    expect(shown.item).not.toHaveProperty("answer");
    const body = {
      idempotencyKey: randomUUID(),
      questionId: shown.item.questionId,
      response: "Niamey",
      durationMs: 8000,
      cardVersion: 0,
    };
    const recorded = await answer(post("/api/study/answer", body));
    expect(recorded.status).toBe(200);
    expect(await recorded.json()).toMatchObject({ correct: true, cardVersion: 1 });
    const stale = await answer(
      post("/api/study/answer", { ...body, idempotencyKey: randomUUID() }),
    );
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({
      error: { code: "stale", message: expect.any(String), card: { version: 1 } },
    });
    const undone = await undo(post("/api/study/undo", ""));
    expect(undone.status).toBe(200);
    const nothing = await undo(post("/api/study/undo", {}));
    expect(nothing.status).toBe(404);
    expect(await nothing.json()).toEqual({
      error: { code: "not_found", message: "There is no answer to undo." },
    });
  });

  it("answer 400 with a clear message for malformed input and record nothing", async () => {
    await signIn();
    const notJson = await answer(post("/api/study/answer", "{oops"));
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error.message).toBe("The request body must be JSON.");
    const badKey = await answer(
      post("/api/study/answer", {
        idempotencyKey: "nope",
        questionId: "q",
        response: "",
        durationMs: 1,
        cardVersion: 0,
      }),
    );
    expect(badKey.status).toBe(400);
    expect((await badKey.json()).error.message).toMatch(/^idempotencyKey must be a UUID/);
    const question = (await makeArticle()).questions[0]!;
    const nul = await answer(
      post("/api/study/answer", {
        idempotencyKey: randomUUID(),
        questionId: question.id,
        response: "Nia\u0000mey",
        durationMs: 1,
        cardVersion: 0,
      }),
    );
    expect(nul.status).toBe(400);
    expect((await nul.json()).error.message).toMatch(
      /^The answer contains a character that cannot be stored/,
    );
    expect(await logsOf(session.user!.id)).toEqual([]);
  });

  it("allow more new questions today, and refuse an allowance out of range with a clear message", async () => {
    await signIn();
    const shown = await (await next(new Request("http://localhost/api/study/next"))).json();
    const day = shown.studyDay.key as string;
    const tooMany = await moreNew(post("/api/study/more-new", { extraNewCards: 501, day }));
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).error.message).toBe("At most 500 more new questions a day.");
    const notANumber = await moreNew(post("/api/study/more-new", { extraNewCards: "ten", day }));
    expect(notANumber.status).toBe(400);
    const noDay = await moreNew(post("/api/study/more-new", { extraNewCards: 10 }));
    expect(noDay.status).toBe(400);
    const dayOver = await moreNew(
      post("/api/study/more-new", { extraNewCards: 10, day: "2000-01-01" }),
    );
    expect(dayOver.status).toBe(409);
    expect((await dayOver.json()).error.message).toBe(
      "A new study day has begun, with new questions of its own.",
    );
    const allowed = await moreNew(post("/api/study/more-new", { extraNewCards: 10, day }));
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toMatchObject({ extraNewCards: 10 });
  });

  it("refuse with 401 and record nothing once the session is signed out or the account disabled", async () => {
    const article = await makeArticle();
    const answerOnce = () =>
      answer(
        post("/api/study/answer", {
          idempotencyKey: randomUUID(),
          questionId: article.questions[0]!.id,
          response: "Niamey",
          durationMs: 8000,
          cardVersion: 0,
        }),
      );
    const signedOut = await signIn();
    await deleteSession(session.id);
    for (const response of [
      await next(new Request("http://localhost/api/study/next")),
      await answerOnce(),
    ]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: { code: "unauthenticated", message: "Sign in to continue." },
      });
    }
    expect(await logsOf(signedOut.id)).toHaveLength(0);
    const disabled = await signIn();
    const sessionId = session.id;
    await disableUser({ email: disabled.email });
    session.id = sessionId; // the cookie still names the (now deleted) session
    expect((await answerOnce()).status).toBe(401);
    expect(await logsOf(disabled.id)).toHaveLength(0);
  });
});
