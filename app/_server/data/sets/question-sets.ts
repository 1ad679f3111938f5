import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { notFound, parse, requireTeacher, type Actor } from "../classes/access";
import { storableText } from "../../storable-text";

const titleSchema = storableText(
  z
    .string()
    .trim()
    .min(1, "Give the set a title.")
    .max(120, "Use at most 120 characters for the title."),
  "The title",
);
const descriptionSchema = storableText(
  z.string().trim().max(2000, "Use at most 2,000 characters for the description."),
  "The description",
);
const idsSchema = z
  .array(z.string().min(1).max(200))
  .max(200, "A set holds at most 200 questions.")
  .refine((ids) => new Set(ids).size === ids.length, "A question appears twice in the set.");

const createSchema = z.object({
  title: titleSchema,
  description: descriptionSchema.default(""),
  questionIds: idsSchema.default([]),
});
const updateSchema = z.object({
  title: titleSchema.optional(),
  description: descriptionSchema.optional(),
  questionIds: idsSchema.optional(),
});

export type QuestionSetDetail = {
  id: string;
  title: string;
  description: string;
  updatedAt: Date;
  questionIds: string[];
};

const detail = {
  id: true,
  title: true,
  description: true,
  updatedAt: true,
  items: { orderBy: { position: "asc" }, select: { questionId: true } },
} as const satisfies Prisma.QuestionSetSelect;

function toDetail(row: Prisma.QuestionSetGetPayload<{ select: typeof detail }>): QuestionSetDetail {
  const { items, ...rest } = row;
  return { ...rest, questionIds: items.map((item) => item.questionId) };
}

// Only live questions can be picked; a retired one already in a set may stay where it is.
async function checkPickable(
  tx: Prisma.TransactionClient,
  ids: string[],
  kept: string[],
): Promise<void> {
  const fresh = ids.filter((id) => !kept.includes(id));
  if (fresh.length === 0) return;
  const found = await tx.question.count({
    where: { id: { in: fresh }, retiredAt: null, type: { not: "flashcard" } },
  });
  if (found !== fresh.length)
    throw new AppError("bad_input", { userMessage: "One of the questions no longer exists." });
}

const itemRows = (setId: string, ids: string[]) =>
  ids.map((questionId, position) => ({ setId, questionId, position }));

export async function createQuestionSet(options: {
  actor: Actor;
  input: unknown;
}): Promise<QuestionSetDetail> {
  const teacher = requireTeacher(options.actor);
  const data = parse(createSchema, options.input);
  return (await prisma()).$transaction(async (tx) => {
    await checkPickable(tx, data.questionIds, []);
    const id = randomUUID();
    await tx.questionSet.create({
      data: { id, ownerId: teacher.id, title: data.title, description: data.description },
      select: { id: true },
    });
    await tx.questionSetItem.createMany({ data: itemRows(id, data.questionIds) });
    return toDetail(await tx.questionSet.findUniqueOrThrow({ where: { id }, select: detail }));
  });
}

/** questionIds, when given, is the whole new order: picking, unpicking and moving are all this. */
export async function updateQuestionSet(options: {
  actor: Actor;
  setId: string;
  input: unknown;
}): Promise<QuestionSetDetail> {
  const teacher = requireTeacher(options.actor);
  const data = parse(updateSchema, options.input);
  return (await prisma()).$transaction(async (tx) => {
    const where = { id: options.setId, ownerId: teacher.id };
    const current = await tx.questionSet.findFirst({ where, select: detail });
    if (!current) throw notFound("question set");
    await tx.questionSet.update({
      where: { id: current.id },
      data: { title: data.title, description: data.description },
      select: { id: true },
    });
    if (data.questionIds) {
      await checkPickable(tx, data.questionIds, toDetail(current).questionIds);
      await tx.questionSetItem.deleteMany({ where: { setId: current.id } });
      await tx.questionSetItem.createMany({ data: itemRows(current.id, data.questionIds) });
    }
    return toDetail(
      await tx.questionSet.findUniqueOrThrow({ where: { id: current.id }, select: detail }),
    );
  });
}

export async function duplicateQuestionSet(options: {
  actor: Actor;
  setId: string;
}): Promise<QuestionSetDetail> {
  const original = await getQuestionSet(options);
  return createQuestionSet({
    actor: options.actor,
    input: {
      title: `${original.title} (copy)`.slice(0, 120),
      description: original.description,
      questionIds: original.questionIds,
    },
  });
}

export async function getQuestionSet(options: {
  actor: Actor;
  setId: string;
}): Promise<QuestionSetDetail> {
  const teacher = requireTeacher(options.actor);
  const row = await (
    await prisma()
  ).questionSet.findFirst({ where: { id: options.setId, ownerId: teacher.id }, select: detail });
  if (!row) throw notFound("question set");
  return toDetail(row);
}

export async function listQuestionSets({ actor }: { actor: Actor }) {
  const teacher = requireTeacher(actor);
  return (await prisma()).questionSet.findMany({
    where: { ownerId: teacher.id },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      description: true,
      updatedAt: true,
      _count: { select: { items: true, assignments: true } },
    },
  });
}
