"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "../errors";
import {
  createQuestionSet,
  duplicateQuestionSet,
  getQuestionSet,
  updateQuestionSet,
} from "../data/sets/question-sets";
import { applySetEdit } from "../data/sets/set-edits";
import { field, runAction, type ActionState } from "./run-action";

export async function createQuestionSetAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const input = { title: field(formData, "title"), description: field(formData, "description") };
  const result = await runAction((actor) => createQuestionSet({ actor, input }));
  if (!result.ok) return result.state;
  revalidatePath("/teacher/sets");
  redirect(`/teacher/sets/${result.value.id}`);
}

export async function updateQuestionSetAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const setId = field(formData, "setId");
  const input = { title: field(formData, "title"), description: field(formData, "description") };
  const result = await runAction((actor) => updateQuestionSet({ actor, setId, input }));
  if (!result.ok) return result.state;
  revalidatePath(`/teacher/sets/${setId}`);
  return { error: null, notice: "Saved." };
}

const editSchema = z.object({
  op: z.enum(["pick", "unpick", "up", "down"]),
  questionId: z.string().min(1),
});

/** One pick, unpick or move, applied to the set's current order. */
export async function editSetItemsAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const setId = field(formData, "setId");
  const result = await runAction(async (actor) => {
    const current = await getQuestionSet({ actor, setId });
    const edit = editSchema.safeParse({
      op: field(formData, "op"),
      questionId: field(formData, "questionId"),
    });
    if (!edit.success)
      throw new AppError("bad_input", { userMessage: "That change is not possible." });
    return updateQuestionSet({
      actor,
      setId,
      input: { questionIds: applySetEdit(current.questionIds, edit.data) },
    });
  });
  if (!result.ok) return result.state;
  revalidatePath(`/teacher/sets/${setId}`);
  return { error: null };
}

export async function duplicateQuestionSetAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const setId = field(formData, "setId");
  const result = await runAction((actor) => duplicateQuestionSet({ actor, setId }));
  if (!result.ok) return result.state;
  revalidatePath("/teacher/sets");
  redirect(`/teacher/sets/${result.value.id}`);
}
