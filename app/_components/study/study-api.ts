import type { AnswerResult, ApiError, NextResponse, StudyItem } from "./study-types";

// Thin fetch wrappers for the study endpoints. Every refusal comes back as { error: { code,
// message } } with a user-facing message; a network failure becomes a "network" error so the
// screen can offer to retry with the same idempotency key.

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

async function call<T>(url: string, init?: RequestInit): Promise<Outcome<T>> {
  try {
    const response = await fetch(url, {
      ...init,
      headers: { "Content-Type": "application/json" },
      cache: "no-store",
    });
    const body = (await response.json()) as T | { error: ApiError };
    if (!response.ok) {
      const error = (body as { error?: ApiError }).error ?? {
        code: "internal",
        message: "Something went wrong. Try again.",
      };
      return { ok: false, error };
    }
    return { ok: true, value: body as T };
  } catch {
    return {
      ok: false,
      error: { code: "network", message: "No connection. Your answer is kept: try again." },
    };
  }
}

export function fetchNext(articleIds: string[]): Promise<Outcome<NextResponse>> {
  const query =
    articleIds.length > 0 ? `?articles=${encodeURIComponent(articleIds.join(","))}` : "";
  return call<NextResponse>(`/api/study/next${query}`);
}

export type PendingAnswer = {
  idempotencyKey: string;
  questionId: string;
  response: string;
  durationMs: number;
  cardVersion: number;
  selfRating?: 1 | 2 | 3 | 4;
};

// The key is made once, when the student answers; a retry of the same answer sends the same key,
// so the server records it exactly once.
export function pendingAnswer(
  item: StudyItem,
  response: string,
  durationMs: number,
  selfRating?: 1 | 2 | 3 | 4,
): PendingAnswer {
  return {
    idempotencyKey: crypto.randomUUID(),
    questionId: item.questionId,
    response,
    durationMs,
    cardVersion: item.cardVersion,
    selfRating,
  };
}

export function sendAnswer(answer: PendingAnswer): Promise<Outcome<AnswerResult>> {
  return call<AnswerResult>("/api/study/answer", { method: "POST", body: JSON.stringify(answer) });
}

export function learnMoreToday(extraNewCards: number, day: string): Promise<Outcome<unknown>> {
  const body = JSON.stringify({ extraNewCards, day });
  return call<unknown>("/api/study/more-new", { method: "POST", body });
}

export function undoAnswer(reviewId: string): Promise<Outcome<unknown>> {
  return call<unknown>("/api/study/undo", { method: "POST", body: JSON.stringify({ reviewId }) });
}
