import "server-only";
import { buildBank, type Bank } from "@/app/_domain/content";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { bumpContentGenerationSql } from "../study/new-frontier";
import { readContentFiles } from "./read-content-files";
import type { SyncReport } from "./sync-report";
import { writeArticles, writeSentences } from "./write-articles";
import { writeConflicts, writeQuestions } from "./write-questions";

// Builds the bank for a content folder and brings the database in line with it, in one
// transaction. Re-running on unchanged files changes nothing; an edited article changes, retires
// or adds only the rows of what changed. Run on start and by `npm run content:sync`; it is a
// system operation, so it takes no acting user.
export async function syncContent(options: { dir: string; now?: Date }): Promise<SyncReport> {
  const { bank, skipped } = bankOf(options.dir);
  return { ...(await loadBank(bank, options.now ?? new Date())), skipped };
}

/** The folder's bank; a folder the bank cannot be built from is bad input, named as such. */
function bankOf(dir: string): ReturnType<typeof buildBank> {
  const files = readContentFiles(dir);
  try {
    return buildBank(files);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError("bad_input", { userMessage: `The content folder ${dir}: ${reason}` });
  }
}

export async function loadBank(bank: Bank, now: Date): Promise<Omit<SyncReport, "skipped">> {
  const db = await prisma();
  return db.$transaction(
    async (tx) => {
      const articles = await writeArticles(tx, bank.articles, now);
      const sentences = await writeSentences(tx, bank.articles, now);
      const questions = await writeQuestions(tx, bank.questions, now);
      const conflicts = await writeConflicts(tx, bank.conflicts);
      // New or changed articles, sentences or questions may sit before a user's frontier: a
      // new content generation voids every new-question frontier (new-frontier.ts). Last, so
      // that the generation row is locked for as short a time as possible.
      const changed = [articles, sentences, questions].some((t) => t.added + t.updated > 0);
      if (changed) await tx.$executeRaw(bumpContentGenerationSql);
      return { articles, sentences, questions, conflicts };
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}
