// The demo quiz of a fresh install: which questions of the shipped bank it asks.

export type DemoCandidate = {
  id: string;
  type: string;
  siblingKey: string;
  /** Two questions with one answer ("July 2023", from two sentences) ask one fact twice. */
  answer: string;
  articleId: string;
  article: { title: string };
};

const typeOrder = ["multiple_choice", "true_false", "cloze", "short_answer", "numeric"];

/**
 * Up to `count` questions of one article, taking the question types in turn so the quiz shows each
 * kind, and one question a sentence or answer (true/false answers aside). The article is the one that gives the most questions,
 * then the most kinds of question; the first in the given order among equals.
 */
export function chooseDemoQuestions(
  candidates: DemoCandidate[],
  count: number,
): { articleTitle: string; questionIds: string[] } {
  const byArticle = new Map<string, DemoCandidate[]>();
  for (const candidate of candidates) {
    byArticle.set(candidate.articleId, [...(byArticle.get(candidate.articleId) ?? []), candidate]);
  }
  let best = { articleTitle: "", questionIds: [] as string[], kinds: 0 };
  for (const questions of byArticle.values()) {
    const questionIds = takeTypesInTurn(questions, count);
    const kinds = new Set(questions.filter((q) => questionIds.includes(q.id)).map((q) => q.type))
      .size;
    const better =
      questionIds.length > best.questionIds.length ||
      (questionIds.length === best.questionIds.length && kinds > best.kinds);
    if (better) best = { articleTitle: questions[0]!.article.title, questionIds, kinds };
  }
  return { articleTitle: best.articleTitle, questionIds: best.questionIds };
}

function takeTypesInTurn(questions: DemoCandidate[], count: number): string[] {
  const queues = typeOrder.map((type) => questions.filter((q) => q.type === type));
  const usedKeys = new Set<string>();
  const keysOf = (q: DemoCandidate) =>
    q.type === "true_false" ? [q.siblingKey] : [q.siblingKey, `answer:${q.answer.toLowerCase()}`];
  const free = (q: DemoCandidate) => keysOf(q).every((key) => !usedKeys.has(key));
  const chosen: string[] = [];
  while (chosen.length < count && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      const next = queue.findIndex(free);
      if (next === -1) queue.length = 0;
      else if (chosen.length < count) {
        const [question] = queue.splice(next, 1);
        keysOf(question!).forEach((key) => usedKeys.add(key));
        chosen.push(question!.id);
      }
    }
  }
  return chosen;
}
