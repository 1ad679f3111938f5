import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/app/_server/db";
import { listArticles } from "@/app/_server/data/articles/list-articles";
import { buildBank, stableId, type Bank } from "@/app/_domain/content";
import { readContentFiles } from "@/app/_server/data/content/read-content-files";
import { loadBank, syncContent } from "@/app/_server/data/content/sync-content";
import { listDueCards } from "@/app/_server/data/study/list-due-cards";
import type { CurrentUser } from "@/app/_server/current-user";
import { contentGeneration } from "@/tests/factories/content";
import { makeUser } from "@/tests/factories/users";

// One content folder per test file; the tests run in order and build on each other.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "citecards-content-"));
const seedFile = "001_4aeac8238ecdb9d1.txt";
const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 12, minute));

async function snapshot() {
  const db = await prisma();
  const questions = await db.question.findMany({
    select: { id: true, sentenceId: true, retiredAt: true, updatedAt: true },
  });
  const articles = await db.article.findMany({
    select: { id: true, updatedAt: true, retiredAt: true },
  });
  return { questions, articles };
}

/** A user whose walk for new questions starts at (articleId, position) in today's content. */
async function studiedUpTo(articleId: string, position: number): Promise<CurrentUser> {
  const user = await makeUser();
  await (
    await prisma()
  ).newQuestionFrontier.create({
    data: { userId: user.id, articleId, position, generation: await contentGeneration() },
  });
  return user;
}

async function newQuestionCount(actor: CurrentUser, now: Date): Promise<number> {
  const queue = await listDueCards({ actor, now });
  return queue.items.filter((item) => item.kind === "new").length;
}

beforeAll(() => {
  fs.cpSync("content/articles", dir, { recursive: true });
});

describe("loading the content folder into the database", () => {
  it("loads every seed article with its sentences and questions", async () => {
    const report = await syncContent({ dir, now: at(0) });
    expect(report.articles.added).toBe(5);
    expect(report.questions.added).toBeGreaterThan(50);
    expect(report.sentences.added).toBeGreaterThan(40);
    const db = await prisma();
    expect(await db.question.count({ where: { retiredAt: null } })).toBe(report.questions.added);
  });

  it("changes nothing when the same content is loaded again", async () => {
    const before = await snapshot();
    // A user past the last sentence: nothing is new to them, and a sync that changes nothing
    // leaves it so.
    const studied = await studiedUpTo("zz", 5);
    const generation = await contentGeneration();
    const report = await syncContent({ dir, now: at(1) });
    expect(report.articles).toEqual({ added: 0, updated: 0, retired: 0, unchanged: 5 });
    expect(report.questions.added + report.questions.updated + report.questions.retired).toBe(0);
    expect(report.sentences.added + report.sentences.updated + report.sentences.retired).toBe(0);
    expect(await snapshot()).toEqual(before);
    expect(await contentGeneration()).toBe(generation);
    expect(await newQuestionCount(studied, at(1))).toBe(0);
  });

  it("keeps a reworded question's row, id and cards, and changes only its wording", async () => {
    const db = await prisma();
    const { bank } = buildBank(readContentFiles(dir));
    const target = bank.questions.find((q) => q.type === "short_answer")!;
    const student = await makeUser();
    await db.card.create({ data: { userId: student.id, questionId: target.id, due: at(2) } });
    // As a change to the generator would: new words, so a new id.
    const prompt = target.prompt.replace(/\?$/, ", as the article reports?");
    const newId = stableId(target.type, target.sentenceId, target.answer, prompt);
    const withWording = (question: Bank["questions"][number]): Bank => ({
      ...bank,
      questions: bank.questions.map((q) => (q.id === target.id ? question : q)),
    });

    const report = await loadBank(withWording({ ...target, id: newId, prompt }), at(2));
    const unchanged = bank.questions.length - 1;
    expect(report.questions).toEqual({ added: 0, updated: 1, retired: 0, unchanged });
    expect(
      await db.question.findUniqueOrThrow({
        where: { id: target.id },
        select: { prompt: true, retiredAt: true },
      }),
    ).toEqual({ prompt, retiredAt: null });
    expect(await db.question.count({ where: { id: newId } })).toBe(0);
    expect(await db.card.count({ where: { questionId: target.id } })).toBe(1);

    const again = await loadBank(withWording({ ...target, id: newId, prompt }), at(3));
    expect(again.questions).toEqual({ added: 0, updated: 0, retired: 0, unchanged: unchanged + 1 });
    // The first wording back: its own id is the row's, so that is an update too.
    const back = await loadBank(bank, at(4));
    expect(back.questions).toEqual({ added: 0, updated: 1, retired: 0, unchanged });
  });

  it("retires only the questions of an edited sentence, and they keep their review history", async () => {
    const db = await prisma();
    const text = fs.readFileSync(path.join(dir, seedFile), "utf8");
    const sentence = await db.sentence.findFirstOrThrow({
      where: { article: { file: seedFile }, questions: { some: {} } },
      orderBy: { position: "asc" },
      select: { id: true, text: true, questions: { select: { id: true } } },
    });
    const answered = sentence.questions[0]!.id;
    const student = await studiedUpTo("zz", 5);
    expect(await newQuestionCount(student, at(2))).toBe(0);
    await db.card.create({ data: { userId: student.id, questionId: answered, due: at(2) } });
    const before = await snapshot();

    const edited = sentence.text.replace(/\.$/, ", officials said.");
    expect(text).toContain(sentence.text);
    fs.writeFileSync(path.join(dir, seedFile), text.replace(sentence.text, edited));
    const report = await syncContent({ dir, now: at(3) });

    const after = await snapshot();
    const retired = after.questions.filter(
      (q) => q.retiredAt && !before.questions.find((b) => b.id === q.id)?.retiredAt,
    );
    expect(new Set(retired.map((q) => q.sentenceId))).toEqual(new Set([sentence.id]));
    expect(report.questions.retired).toBe(sentence.questions.length);
    expect(report.articles.updated).toBe(1);
    expect(await db.card.count({ where: { questionId: answered } })).toBe(1);
    // The edited sentence's new questions may come before where a user's walk for new questions
    // started: every walk starts from the beginning again.
    expect(await newQuestionCount(student, at(3))).toBeGreaterThan(0);
    expect(
      await db.sentence.findUniqueOrThrow({
        where: { id: sentence.id },
        select: { retiredAt: true },
      }),
    ).toEqual({ retiredAt: at(3) });
  });

  it("retires an article whose file was removed, with all its questions", async () => {
    fs.rmSync(path.join(dir, seedFile));
    const report = await syncContent({ dir, now: at(4) });
    const db = await prisma();
    const article = await db.article.findFirstOrThrow({
      where: { file: seedFile },
      select: { retiredAt: true, id: true },
    });
    expect(report.articles.retired).toBe(1);
    expect(article.retiredAt).toEqual(at(4));
    expect(await db.question.count({ where: { articleId: article.id, retiredAt: null } })).toBe(0);
    const listed = await listArticles({ actor: await makeUser() });
    expect(listed.map((a) => a.id)).not.toContain(article.id);
    expect(listed).toHaveLength(4);
  });

  it("reads a Windows-1252 or UTF-16 file as the text it is, and reports an empty one", async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "citecards-encodings-"));
    const body =
      "Coffee chain opens stores\n\nLONDON \u2013 Costa Coffee opened 55 new stores in \u201cbusy\u201d towns last year.\n";
    const cp1252 = Buffer.from(
      body.replace("\u2013", "\x96").replace("\u201c", "\x93").replace("\u201d", "\x94"),
      "latin1",
    );
    fs.writeFileSync(path.join(other, "windows.txt"), cp1252);
    fs.writeFileSync(
      path.join(other, "unicode.txt"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body.replace("55", "56"), "utf16le")]),
    );
    fs.writeFileSync(path.join(other, "empty.txt"), "");
    const files = readContentFiles(other);
    expect(files.find((f) => f.file === "windows.txt")?.text).toBe(body);
    expect(files.find((f) => f.file === "unicode.txt")?.text).toBe(body.replace("55", "56"));
    const { bank, skipped } = buildBank(files);
    expect(bank.articles.map((a) => a.file).sort()).toEqual(["unicode.txt", "windows.txt"]);
    expect(skipped).toEqual([
      {
        file: "empty.txt",
        reason: expect.stringMatching(/^no article text found: the file is empty/),
      },
    ]);
  });

  it("refuses two files that map to one article id, naming both, and changes nothing", async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "citecards-twins-"));
    fs.cpSync(path.join("content/articles", seedFile), path.join(other, "Salmon Report.txt"));
    fs.cpSync(path.join("content/articles", seedFile), path.join(other, "salmon_report.md"));
    const before = await snapshot();
    await expect(syncContent({ dir: other })).rejects.toMatchObject({
      code: "bad_input",
      userMessage: expect.stringContaining(
        '"Salmon Report.txt" and "salmon_report.md" both map to article id "salmon-report"',
      ),
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a folder that does not exist and changes nothing", async () => {
    const before = await snapshot();
    await expect(syncContent({ dir: path.join(dir, randomUUID()) })).rejects.toMatchObject({
      code: "bad_input",
    });
    expect(await snapshot()).toEqual(before);
  });
});
