// Scores binned in tenths for the assignment report's chart: 0–9%, 10–19%, …, 90–100%.

export type ScoreBin = { label: string; from: number; to: number; count: number };

export function scoreDistribution(scores: readonly number[]): ScoreBin[] {
  const bins: ScoreBin[] = Array.from({ length: 10 }, (_, i) => ({
    label: i === 9 ? "90–100%" : `${i * 10}–${i * 10 + 9}%`,
    from: i / 10,
    to: (i + 1) / 10,
    count: 0,
  }));
  for (const score of scores) {
    // A perfect score belongs to the last bin; rounding guards against 0.7 * 10 = 6.999….
    const index = Math.min(9, Math.max(0, Math.floor(Math.round(score * 1000) / 100)));
    bins[index]!.count += 1;
  }
  return bins;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
