// The wrong answers a class gave most often, so a teacher sees whether an item misleads (many
// students giving the same wrong answer) or is merely hard (scattered answers).

export type WrongAnswerCount = { response: string; count: number };

// Case, spacing and surrounding punctuation do not make a different answer.
export function answerKey(response: string): string {
  return response
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^[\s"'“”‘’.,;:!?]+|[\s"'“”‘’.,;:!?]+$/g, "");
}

/** Most frequent first; ties by first appearance. The first spelling seen is the one shown. */
export function commonWrongAnswers(
  responses: readonly string[],
  limit: number,
): WrongAnswerCount[] {
  const counts = new Map<string, WrongAnswerCount>();
  for (const response of responses) {
    const key = answerKey(response);
    const entry = counts.get(key) ?? {
      response: key === "" ? "(no answer)" : response.trim(),
      count: 0,
    };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).slice(0, limit);
}
