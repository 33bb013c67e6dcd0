import type { CellReading } from "./cellReading";
import { excelErrorReading } from "./excelErrorReading";
import { isBlankCell } from "./isBlankCell";

/**
 * Reads a text cell, trimmed; a number or a date the sheet converted is read back as text. Blank
 * stays blank; an Excel error value (#N/A…) is refused, never kept as text.
 */
export function readTextCell(raw: unknown): CellReading<string> {
  if (isBlankCell(raw)) return { ok: true, value: undefined };
  const excelError = excelErrorReading(raw, "text");
  if (excelError) return excelError;
  if (typeof raw === "string") return { ok: true, value: raw.trim() };
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) return { ok: true, value: raw.toISOString().slice(0, 10) };
  return { ok: true, value: String(raw) };
}
