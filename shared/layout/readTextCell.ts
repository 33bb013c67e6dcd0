import type { CellReading } from "./cellReading";
import { isBlankCell } from "./isBlankCell";

/** Reads a text cell, trimmed; a number or a date the sheet converted is read back as text. Blank stays blank. */
export function readTextCell(raw: unknown): CellReading<string> {
  if (isBlankCell(raw)) return { ok: true, value: undefined };
  if (typeof raw === "string") return { ok: true, value: raw.trim() };
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) return { ok: true, value: raw.toISOString().slice(0, 10) };
  return { ok: true, value: String(raw) };
}
