// Pure edits of a set's order, so the builder's buttons need no client state.
export type SetEdit = { op: "pick" | "unpick" | "up" | "down"; questionId: string };

export function applySetEdit(ids: readonly string[], edit: SetEdit): string[] {
  const at = ids.indexOf(edit.questionId);
  if (edit.op === "pick") return at === -1 ? [...ids, edit.questionId] : [...ids];
  if (edit.op === "unpick") return ids.filter((id) => id !== edit.questionId);
  const to = edit.op === "up" ? at - 1 : at + 1;
  if (at === -1 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[at], next[to]] = [next[to]!, next[at]!];
  return next;
}
