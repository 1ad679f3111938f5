import "server-only";
import { createHash } from "node:crypto";
import type { Bank } from "@/app/_domain/content";
import type { Prisma } from "../../generated/prisma/client";
import { emptyTally, sameFields, type Tally } from "./sync-report";

type Tx = Prisma.TransactionClient;
type BankArticle = Bank["articles"][number];

function articleRow(article: BankArticle) {
  const contentHash = createHash("sha256").update(article.body).digest("hex");
  return {
    file: article.file,
    title: article.title,
    byline: article.byline,
    site: article.site,
    published: article.published ? new Date(`${article.published}T00:00:00Z`) : null,
    body: article.body,
    contentHash,
    retiredAt: null,
  };
}

// Articles whose file left the folder are retired, not deleted: their questions keep history.
export async function writeArticles(tx: Tx, articles: BankArticle[], now: Date): Promise<Tally> {
  const tally = emptyTally();
  const existing = await tx.article.findMany({
    select: {
      id: true,
      file: true,
      title: true,
      byline: true,
      site: true,
      published: true,
      body: true,
      contentHash: true,
      retiredAt: true,
    },
  });
  const byId = new Map(existing.map((row) => [row.id, row]));
  for (const article of articles) {
    const row = articleRow(article);
    const before = byId.get(article.id);
    if (!before) {
      // A file renamed to a new id frees its old name first (the file column is unique).
      await tx.article.updateMany({
        where: { file: row.file, id: { not: article.id } },
        data: { file: `${row.file}#retired-${now.getTime()}`, retiredAt: now },
      });
      await tx.article.create({ data: { id: article.id, ...row }, select: { id: true } });
      tally.added += 1;
    } else if (!sameFields(before, row)) {
      await tx.article.update({ where: { id: article.id }, data: row, select: { id: true } });
      tally.updated += 1;
    } else tally.unchanged += 1;
  }
  const present = new Set(articles.map((article) => article.id));
  const gone = existing
    .filter((row) => !present.has(row.id) && row.retiredAt === null)
    .map((row) => row.id);
  if (gone.length > 0) {
    await tx.article.updateMany({ where: { id: { in: gone } }, data: { retiredAt: now } });
    tally.retired = gone.length;
  }
  return tally;
}

type SentenceRow = {
  articleId: string;
  position: number;
  text: string;
  start: number;
  end: number;
  retiredAt: null;
};

function sentenceRows(articles: BankArticle[]): Map<string, SentenceRow> {
  const rows = new Map<string, SentenceRow>();
  for (const article of articles) {
    article.sentences.forEach((sentence, position) => {
      rows.set(sentence.id, {
        articleId: article.id,
        position,
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
        retiredAt: null,
      });
    });
  }
  return rows;
}

// Sentences are keyed by their text, so an edit elsewhere in the article only moves them.
// A sentence an edit removed is deleted, unless a (now retired) question still cites it.
export async function writeSentences(tx: Tx, articles: BankArticle[], now: Date): Promise<Tally> {
  const tally = emptyTally();
  const wanted = sentenceRows(articles);
  const existing = await tx.sentence.findMany({
    select: {
      id: true,
      articleId: true,
      position: true,
      text: true,
      start: true,
      end: true,
      retiredAt: true,
    },
  });
  const byId = new Map(existing.map((row) => [row.id, row]));
  const fresh = [...wanted].filter(([id]) => !byId.has(id)).map(([id, row]) => ({ id, ...row }));
  if (fresh.length > 0) await tx.sentence.createMany({ data: fresh });
  tally.added = fresh.length;
  for (const [id, row] of wanted) {
    const before = byId.get(id);
    if (!before) continue;
    if (sameFields(before, row)) tally.unchanged += 1;
    else {
      await tx.sentence.update({ where: { id }, data: row, select: { id: true } });
      tally.updated += 1;
    }
  }
  const gone = existing
    .filter((row) => !wanted.has(row.id) && row.retiredAt === null)
    .map((row) => row.id);
  tally.retired = gone.length;
  return { ...tally, retired: await retireSentences(tx, gone, now) };
}

async function retireSentences(tx: Tx, ids: string[], now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  await tx.sentence.deleteMany({ where: { id: { in: ids }, questions: { none: {} } } });
  await tx.sentence.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } });
  return ids.length;
}
