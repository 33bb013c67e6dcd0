import type { WrittenCell } from "./scanWorksheet";

/** A date cell as written in the worksheet: its position, and its value as a Date (or its text when that is no date). */
export interface DateCell {
  readonly row: number;
  readonly column: number;
  readonly value: Date | string;
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The cells a worksheet part types as dates (`t="d"`, ISO 8601 text), among its written cells
 * (`scanWorksheet`): ExcelJS reads them as numbers by `parseFloat`, so "2025-01-15T00:00:00Z"
 * would read as 2025. Each is given as a Date of its written day and time taken as UTC, as ExcelJS
 * gives dates (the zone is ignored: the day written is the day meant); text that is no real date
 * is given as is, to be reported. Cells without `<v>` are left out.
 */
export function dateCells(written: readonly WrittenCell[]): DateCell[] {
  const cells: DateCell[] = [];
  for (const { row, column, type, text } of written) {
    if (type === "d" && text !== undefined) cells.push({ row, column, value: isoDateTime(text) ?? text });
  }
  return cells;
}

function isoDateTime(text: string): Date | undefined {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return undefined;
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const milliseconds = Number((match[7] ?? "0").padEnd(3, "0").slice(0, 3));
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds, milliseconds));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}
