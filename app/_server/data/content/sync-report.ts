export type Tally = { added: number; updated: number; retired: number; unchanged: number };

export type SyncReport = {
  /** Files that gave no article, and why. */
  skipped: { file: string; reason: string }[];
  articles: Tally;
  sentences: Tally;
  questions: Tally;
  conflicts: { added: number; removed: number; unchanged: number };
};

export const emptyTally = (): Tally => ({ added: 0, updated: 0, retired: 0, unchanged: 0 });

export function describeSyncReport(report: SyncReport): string {
  const line = (name: string, t: Tally) =>
    `${name}: ${t.added} added, ${t.updated} updated, ${t.retired} retired, ${t.unchanged} unchanged`;
  return [
    line("articles", report.articles),
    line("sentences", report.sentences),
    line("questions", report.questions),
    `conflicts: ${report.conflicts.added} added, ${report.conflicts.removed} removed, ${report.conflicts.unchanged} unchanged`,
    ...report.skipped.map((s) => `skipped ${s.file}: ${s.reason}`),
  ].join("\n");
}

// JSON with object keys sorted: PostgreSQL's jsonb does not keep the order keys were written in.
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

// True when `before` and `after` agree on every key of `after` (dates and JSON compared by value).
export function sameFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): boolean {
  return Object.keys(after).every(
    (key) => canonicalJson(before[key]) === canonicalJson(after[key]),
  );
}
