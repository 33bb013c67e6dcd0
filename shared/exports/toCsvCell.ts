/** A CSV cell: text as given, or a number written as decimal text (`"-1234.50"`). */
export type CsvCell = string | { readonly decimal: string };

/** Characters that make a spreadsheet read a cell as a formula (or hide one behind a tab or carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell of a French CSV (`;` separator): numbers with a decimal comma; text starting like a
 * formula neutralised with a leading apostrophe (so `=cmd|…` is shown, never run), then quoted
 * when it holds a separator, a quote or a line break. Numbers are written by the export itself from
 * exact decimals, so a leading minus there is a sign, not an injection, and stays a number.
 */
export function toCsvCell(cell: CsvCell): string {
  if (typeof cell !== "string") return cell.decimal.replace(".", ",");
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
