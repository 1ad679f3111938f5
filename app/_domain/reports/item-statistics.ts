// Classical test theory item statistics for one question over one attempt per student.
// Facility: the proportion of students who answered correctly (Crocker & Algina, 1986, ch. 14).
// Discrimination: Kelley's (1939) upper–lower index on the top and bottom 27% by total score,
// and the point-biserial correlation between the item and the total score.

export type ItemResponse = {
  studentId: string;
  /** The student's total score on the attempt, 0..1. */
  total: number;
  correct: boolean;
};

export type ItemStatistics = {
  responses: number;
  /** Proportion correct, 0..1; null without responses. */
  facility: number | null;
  /** p(upper 27%) − p(lower 27%), −1..1; null with fewer than two responses. */
  upperLowerIndex: number | null;
  /** Pearson correlation of the 0/1 item score with the total; null when either is constant. */
  pointBiserial: number | null;
};

/** Kelley's 27% groups: at least one student each, never overlapping. */
export function groupSize(count: number): number {
  return Math.min(Math.floor(count / 2), Math.max(1, Math.round(count * 0.27)));
}

// Ties on the total are broken by student id so the groups, and the index, are reproducible.
function byTotalDescending(a: ItemResponse, b: ItemResponse): number {
  if (a.total !== b.total) return b.total - a.total;
  return a.studentId < b.studentId ? -1 : a.studentId > b.studentId ? 1 : 0;
}

const proportionCorrect = (rows: readonly ItemResponse[]) =>
  rows.filter((row) => row.correct).length / rows.length;

export function upperLowerIndex(responses: readonly ItemResponse[]): number | null {
  const size = groupSize(responses.length);
  if (size < 1) return null;
  const ranked = [...responses].sort(byTotalDescending);
  return proportionCorrect(ranked.slice(0, size)) - proportionCorrect(ranked.slice(-size));
}

// r_pb = (M1 − M0) / s · √(p·q), with s the population standard deviation of the totals.
export function pointBiserial(responses: readonly ItemResponse[]): number | null {
  const n = responses.length;
  if (n < 2) return null;
  const right = responses.filter((row) => row.correct);
  const wrong = responses.filter((row) => !row.correct);
  if (right.length === 0 || wrong.length === 0) return null;
  const mean = (rows: readonly ItemResponse[]) =>
    rows.reduce((sum, row) => sum + row.total, 0) / rows.length;
  const all = mean(responses);
  const variance = responses.reduce((sum, row) => sum + (row.total - all) ** 2, 0) / n;
  if (variance === 0) return null;
  const p = right.length / n;
  return ((mean(right) - mean(wrong)) / Math.sqrt(variance)) * Math.sqrt(p * (1 - p));
}

export function itemStatistics(responses: readonly ItemResponse[]): ItemStatistics {
  return {
    responses: responses.length,
    facility: responses.length === 0 ? null : proportionCorrect(responses),
    upperLowerIndex: upperLowerIndex(responses),
    pointBiserial: pointBiserial(responses),
  };
}

/** Below this many responses one student's slip would flag a question. */
export const MIN_RESPONSES_TO_FLAG = 5;

// Facility below 30% or an upper–lower index below 0.2 are the usual flags for an item worth a
// second look (Ebel & Frisbie, Essentials of Educational Measurement, 1991). A question everyone
// answered right has an index of 0 by construction: it does not tell students apart, but nothing
// in it is wrong, so it is not flagged.
export function worthALook(
  stats: Pick<ItemStatistics, "responses" | "facility" | "upperLowerIndex">,
): boolean {
  if (stats.responses < MIN_RESPONSES_TO_FLAG || stats.facility === null) return false;
  if (stats.facility < 0.3) return true;
  return stats.facility < 1 && stats.upperLowerIndex !== null && stats.upperLowerIndex < 0.2;
}
