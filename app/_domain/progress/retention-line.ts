import type { TrueRetention } from "./review-stats";

// The progress page's retention sentence. True retention counts only reviews of cards past their
// learning steps, so a student who has answered a hundred cards today may have none yet; the
// sentence then says what it will measure instead of "no reviews yet of 0 reviews".

const percent = (value: number) => `${Math.round(value * 100)}%`;
const reviewsWord = (n: number) => `${n.toLocaleString("en-US")} ${n === 1 ? "review" : "reviews"}`;

export function retentionLine(month: TrueRetention, year: TrueRetention): string {
  const desired = `desired ${percent(month.desired)}`;
  if (year.rate === null)
    return (
      "True retention is the share of reviews you pass once cards are past their learning " +
      `steps; none of your answers is such a review yet (${desired}).`
    );
  const yearPart = `Over the year: ${percent(year.rate)} of ${reviewsWord(year.reviews)}.`;
  if (month.rate === null)
    return `True retention: no reviews in the last 30 days (${desired}). ${yearPart}`;
  return (
    `True retention over 30 days: ${percent(month.rate)} of ${reviewsWord(month.reviews)} ` +
    `(${desired}). ${yearPart}`
  );
}
