// CSV as RFC 4180 defines it: CRLF line ends; a field with a comma, a quote or a line break is
// quoted, quotes doubled. Text that a spreadsheet would run as a formula (it starts with = + - @,
// a tab or a carriage return) gets a leading apostrophe, as OWASP's "CSV Injection" page advises.
// Numbers are written as numbers and never altered.

export type CsvCell = string | number | boolean | null;

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]|^\s|\s$/;

export function csvField(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  const safe = formulaStart.test(cell) ? `'${cell}` : cell;
  return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
