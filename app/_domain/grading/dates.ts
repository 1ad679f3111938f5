// Dates written in any common order compare equal: "26 July 2023" = "July 26, 2023" =
// "2023-07-26". A numeric date is read only when it can be read one way: "26/07/2023" (no month
// 26) and "07/26/2023" are 26 July, but "05/07/2023" is 5 July in Europe and May 7 in the United
// States, so it is left as three numbers and matches only itself.

const months = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const monthAbbreviations = new Map(
  Object.entries({
    jan: "january",
    feb: "february",
    mar: "march",
    apr: "april",
    jun: "june",
    jul: "july",
    aug: "august",
    sep: "september",
    sept: "september",
    oct: "october",
    nov: "november",
    dec: "december",
  }),
);

function written(month: number, day: number, year: string): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${months[month - 1]} ${day} ${year}`;
}

/** Day/month order of a numeric date when only one reading is a date (day over 12). */
function unambiguous(first: number, second: number, year: string): string | null {
  if (first > 12 && second <= 12) return written(second, first, year);
  if (second > 12 && first <= 12) return written(first, second, year);
  return null;
}

/** Numeric dates with one reading, as "july 26 2023"; run on folded text, before tokens. */
export function foldNumericDates(text: string): string {
  return text
    .replace(
      /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g,
      (match, year: string, month: string, day: string) =>
        written(Number(month), Number(day), year) ?? match,
    )
    .replace(
      /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/g,
      (match, first: string, _separator: string, second: string, year: string) =>
        unambiguous(Number(first), Number(second), year) ?? match,
    );
}

const isDay = (token: string | undefined) =>
  /^\d{1,2}$/.test(token ?? "") && Number(token) >= 1 && Number(token) <= 31;

/** Month names in full, and a day before its month moved after it ("26 (of) july" → "july 26"). */
export function monthFirst(tokens: readonly string[]): string[] {
  const out = tokens.map((token) => monthAbbreviations.get(token) ?? token);
  for (let index = 0; index < out.length - 1; index++) {
    const gap = out[index + 1] === "of" ? 1 : 0;
    const month = out[index + 1 + gap];
    if (!isDay(out[index]) || !month || !months.includes(month)) continue;
    out.splice(index, gap + 2, month, out[index]!);
    index++;
  }
  return out;
}
