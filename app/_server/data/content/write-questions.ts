import "server-only";
import { pairReworded, type Bank, type BankQuestion } from "@/app/_domain/content";
import type { Prisma } from "../../generated/prisma/client";
import { emptyTally, sameFields, type Tally } from "./sync-report";

type Tx = Prisma.TransactionClient;

function questionRow(question: BankQuestion) {
  return {
    articleId: question.articleId,
    sentenceId: question.sentenceId,
    type: question.type,
    prompt: question.prompt,
    answer: question.answer,
    accepted: question.accepted,
    choices: question.choices ?? [],
    sourceStart: question.source.start,
    sourceEnd: question.source.end,
    sourceQuote: question.source.quote,
    difficulty: question.difficulty,
    attribution: question.attribution ?? null,
    siblingKey: question.siblingKey,
    factKind: question.factKind,
    answerStart: question.answerSpan?.start ?? null,
    answerEnd: question.answerSpan?.end ?? null,
    alteration: question.alteration ?? null,
    retiredAt: null,
  };
}

const compared = {
  id: true,
  articleId: true,
  sentenceId: true,
  type: true,
  prompt: true,
  answer: true,
  accepted: true,
  choices: true,
  sourceStart: true,
  sourceEnd: true,
  sourceQuote: true,
  difficulty: true,
  attribution: true,
  siblingKey: true,
  factKind: true,
  answerStart: true,
  answerEnd: true,
  alteration: true,
  retiredAt: true,
} as const;

// Question ids come from their content, so an unchanged question keeps its id, its cards and its
// history. A question the bank no longer has is retired (it leaves study queues, keeps reviews),
// unless the bank asks the same thing in new words (reworded.ts): then the old row takes the new
// wording and keeps its id, so students keep their progress on it.
export async function writeQuestions(
  tx: Tx,
  questions: Bank["questions"],
  now: Date,
): Promise<Tally> {
  const tally = emptyTally();
  const existing = await tx.question.findMany({ select: compared });
  const byId = new Map(existing.map((row) => [row.id, row]));
  const bankIds = new Set(questions.map((q) => q.id));
  const leaving = existing.filter((row) => !bankIds.has(row.id) && row.retiredAt === null);
  const reworded = pairReworded(
    questions.filter((q) => !byId.has(q.id)),
    leaving,
  );
  /** The row a bank question is stored in: its own id, or the row of its earlier wording. */
  const rowIdOf = (q: BankQuestion) => reworded.get(q.id) ?? q.id;

  const fresh = questions.filter((q) => !byId.has(rowIdOf(q)));
  if (fresh.length > 0) {
    await tx.question.createMany({
      data: fresh.map((q) => ({
        id: q.id,
        ...questionRow(q),
        alteration: q.alteration ?? undefined,
      })),
    });
  }
  tally.added = fresh.length;
  for (const question of questions) {
    const id = rowIdOf(question);
    const before = byId.get(id);
    if (!before) continue;
    const row = questionRow(question);
    if (sameFields(before, row)) tally.unchanged += 1;
    else {
      await tx.question.update({
        where: { id },
        data: { ...row, alteration: row.alteration ?? undefined },
        select: { id: true },
      });
      tally.updated += 1;
    }
  }
  const kept = new Set(reworded.values());
  const gone = leaving.filter((row) => !kept.has(row.id)).map((row) => row.id);
  if (gone.length > 0)
    await tx.question.updateMany({ where: { id: { in: gone } }, data: { retiredAt: now } });
  tally.retired = gone.length;
  return tally;
}

export async function writeConflicts(tx: Tx, conflicts: Bank["conflicts"]) {
  const existing = await tx.sourceConflict.findMany({
    select: { id: true, topic: true, kind: true, claims: true },
  });
  const byId = new Map(existing.map((row) => [row.id, row]));
  const wanted = new Map(
    conflicts.map((c) => [c.id, { topic: c.topic, kind: c.kind, claims: c.claims }]),
  );
  const stale = existing
    .filter((row) => !wanted.has(row.id) || !sameFields(row, wanted.get(row.id)!))
    .map((row) => row.id);
  const fresh = [...wanted].filter(([id]) => !byId.has(id) || stale.includes(id));
  if (stale.length > 0) await tx.sourceConflict.deleteMany({ where: { id: { in: stale } } });
  if (fresh.length > 0)
    await tx.sourceConflict.createMany({ data: fresh.map(([id, row]) => ({ id, ...row })) });
  return { added: fresh.length, removed: stale.length, unchanged: conflicts.length - fresh.length };
}
