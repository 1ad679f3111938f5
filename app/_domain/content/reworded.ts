// A question's id hashes its type, sentence, answer and prompt, so a new wording of the bank's
// generator (or a fixed typo in a prompt) gives an existing question a new id. Loaded as it is,
// that retires the old question with every student's progress on it and adds the new one as
// unseen, although it asks the same fact of the same sentence, with the same answer, in the same
// form. Such pairs are found here so that the load updates the old row in place instead.
//
// A true/false question is never paired: its answer is only "true" or "false", so the same key
// could join the statement of one fact to an altered statement of another, and a student's card
// would move to a claim they have never seen.

/** The parts of a question that say what it asks; the wording is not one of them. */
export type AskedFact = { id: string; type: string; sentenceId: string; answer: string };

const keyOf = (q: AskedFact) => [q.type, q.sentenceId, q.answer].join("\u0000");
const answerNamesTheFact = (q: AskedFact) => q.type !== "true_false";

/**
 * Pairs each incoming question whose id is new with the one live question about to be retired
 * that asks the same (same type, sentence and answer): new id → old id. A fact asked more than
 * once on either side is ambiguous (which card belongs to which wording?) and is not paired;
 * nor is a true/false question.
 */
export function pairReworded(
  incoming: readonly AskedFact[],
  leaving: readonly AskedFact[],
): Map<string, string> {
  const onlyOnes = (list: readonly AskedFact[]) => {
    const byKey = new Map<string, AskedFact | null>();
    for (const q of list.filter(answerNamesTheFact))
      byKey.set(keyOf(q), byKey.has(keyOf(q)) ? null : q);
    return byKey;
  };
  const leavingByKey = onlyOnes(leaving);
  const pairs = new Map<string, string>();
  for (const [key, fresh] of onlyOnes(incoming)) {
    const old = leavingByKey.get(key);
    if (fresh && old) pairs.set(fresh.id, old.id);
  }
  return pairs;
}
