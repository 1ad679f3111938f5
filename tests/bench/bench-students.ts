// The students the benchmark acts as, each with a session cookie of their own and what their
// client last saw of each card (its version), so every answer sent is a valid new answer.
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import pg from "pg";

// Auth.js v5 on plain http names its cookie "authjs.session-token" and uses that name as the
// salt of the key it derives from AUTH_SECRET (@auth/core lib/utils/cookie.js, jwt.js).
export const sessionCookieName = "authjs.session-token";

export type BenchCard = { questionId: string; type: string; version: number };

export type BenchStudent = {
  userId: string;
  /** `Cookie:` header value for the app. */
  cookie: string;
  cards: BenchCard[];
  /** Round-robin position in `cards` of the next card to answer. */
  turn: number;
};

export type AnswerBody = {
  idempotencyKey: string;
  questionId: string;
  response: string;
  durationMs: number;
  cardVersion: number;
  selfRating?: 1 | 2 | 3 | 4;
};

/**
 * Loads `count` students (their session rows were made with the data) and signs a session cookie
 * for each, exactly as Auth.js does after sign-in: the JWT names the session row, nothing more.
 */
export async function loadStudents(
  url: string,
  count: number,
  secret: string,
): Promise<BenchStudent[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: sessions } = await client.query<{ id: string; userId: string }>(
      `SELECT s."id", s."userId" FROM "Session" s WHERE s."userId" LIKE 'bench-student-%'
       ORDER BY s."userId" LIMIT $1`,
      [count],
    );
    const { rows: cards } = await client.query<BenchCard & { userId: string }>(
      `SELECT c."userId", c."questionId", q."type"::text AS "type", c."version"
       FROM "Card" c JOIN "Question" q ON q."id" = c."questionId"
       WHERE c."userId" = ANY($1::text[]) ORDER BY c."userId", c."due"`,
      [sessions.map((session) => session.userId)],
    );
    const byUser = new Map<string, BenchCard[]>();
    for (const card of cards) {
      const list = byUser.get(card.userId) ?? [];
      list.push(card);
      byUser.set(card.userId, list);
    }
    return Promise.all(
      sessions.map(async (session) => {
        const token = await encode({ token: { sid: session.id }, secret, salt: sessionCookieName });
        return {
          userId: session.userId,
          cookie: `${sessionCookieName}=${token}`,
          cards: (byUser.get(session.userId) ?? []).map(({ questionId, type, version }) => ({
            questionId,
            type,
            version,
          })),
          turn: 0,
        };
      }),
    );
  } finally {
    await client.end();
  }
}

/** The next answer of a student: their next card in turn, at the version they last saw. */
export function nextAnswer(student: BenchStudent): { card: BenchCard; body: AnswerBody } {
  const card = student.cards[student.turn % student.cards.length]!;
  student.turn += 1;
  const body: AnswerBody = {
    idempotencyKey: randomUUID(),
    questionId: card.questionId,
    response: "bench answer",
    durationMs: 7000,
    cardVersion: card.version,
  };
  if (card.type === "flashcard") body.selfRating = 3;
  return { card, body };
}

/** Keeps the client's view in line with the server's answer (the fresh card on a 409). */
export function recordReply(card: BenchCard, status: number, body: string): void {
  if (status !== 200 && status !== 409) return;
  try {
    const parsed = JSON.parse(body) as {
      cardVersion?: number;
      error?: { card?: { version?: number } };
    };
    const version = status === 200 ? parsed.cardVersion : parsed.error?.card?.version;
    if (typeof version === "number") card.version = version;
  } catch {
    // A body that is not JSON leaves the client's view as it was.
  }
}
