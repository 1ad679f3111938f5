// Date parsing for page headers and running text. Only dates that state a year become full
// ISO dates; "March 17" stays partial because guessing the year would invent a fact.

const monthNames = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];

export const monthPattern =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

export const monthWords = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function monthNumber(name: string): number | null {
  const index = monthNames.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? null : index + 1;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const dayMonthYear = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${monthPattern})\\s*,?\\s+(\\d{4})\\b`,
  "i",
);
const monthDayYear = new RegExp(
  `\\b(${monthPattern})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})\\b`,
  "i",
);
const isoLike = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const slashDate = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;

/** Parses the first full date (day, month and year) found in `text`. */
export function parseFullDate(text: string): string | null {
  const iso = isoLike.exec(text) ?? slashDate.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = dayMonthYear.exec(text);
  if (dmy) return isoDate(Number(dmy[3]), monthNumber(dmy[2] ?? "") ?? 0, Number(dmy[1]));
  const mdy = monthDayYear.exec(text);
  if (mdy) return isoDate(Number(mdy[3]), monthNumber(mdy[1] ?? "") ?? 0, Number(mdy[2]));
  return null;
}

/** Crawl or access stamps describe when the page was fetched, not when it was published. */
const crawlLabel =
  /^\s*(today|(?:last )?accessed|retrieved|crawled|fetched|scraped|captured|current date)\b/i;
const updateLabel = /^\s*(last\s+)?(updated|modified|edited)\b/i;
const dateLabel = /^\s*(published|posted|date|first published|on)\s*(on|:)?\s*/i;

export type DateLine = { iso: string; role: "published" | "crawl" | "updated" };

/**
 * Recognises a header line that is (almost) only a date, with an optional weekday, time and
 * label. Returns null for prose that merely mentions a date.
 */
export function parseDateLine(line: string): DateLine | null {
  if (line.length > 70) return null;
  const iso = parseFullDate(line);
  if (!iso) return null;
  const residue = line
    .replace(crawlLabel, "")
    .replace(updateLabel, "")
    .replace(dateLabel, "")
    .replace(new RegExp(dayMonthYear.source, "gi"), "")
    .replace(new RegExp(monthDayYear.source, "gi"), "")
    .replace(/\b\d{4}[-/]\d{1,2}[-/]\d{1,2}(T[\d:.]+Z?)?/g, "")
    // "14:02 GMT", "2.15pm", and the Guardian's "14.02 BST".
    .replace(
      /\b\d{1,2}[:.]\d{2}([:.]\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?\s*([A-Z]{2,4}|GMT[+-]?\d*)?/gi,
      "",
    )
    .replace(/\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?/gi, "")
    .replace(/[\s,|:•·–—-]+/g, "");
  if (residue.length > 3) return null;
  if (crawlLabel.test(line)) return { iso, role: "crawl" };
  if (updateLabel.test(line)) return { iso, role: "updated" };
  return { iso, role: "published" };
}
