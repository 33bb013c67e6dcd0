import { isIsoDate } from "../calendar/isoDateSchema";
import type { CellReading } from "./cellReading";
import { excelSerialToIsoDate } from "../calendar/excelSerial";
import { excelErrorReading } from "./excelErrorReading";
import { isBlankCell } from "./isBlankCell";

const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function isoFromText(text: string): string | undefined {
  if (isIsoDate(text)) return text;
  const match = FRENCH_DATE.exec(text);
  if (!match) return undefined;
  const iso = `${match[3]}-${match[2]?.padStart(2, "0")}-${match[1]?.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : undefined;
}

function isoFromDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString().slice(0, 10);
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * Reads a date cell into ISO text `YYYY-MM-DD`: ISO text, French "JJ/MM/AAAA", a Date (read as
 * UTC, as ExcelJS gives them) or an Excel serial number; blank stays blank.
 */
export function readDateCell(raw: unknown): CellReading<string> {
  if (isBlankCell(raw)) return { ok: true, value: undefined };
  const excelError = excelErrorReading(raw, "date");
  if (excelError) return excelError;
  let value: string | undefined;
  if (raw instanceof Date) value = isoFromDate(raw);
  else if (typeof raw === "number") value = excelSerialToIsoDate(raw);
  else if (typeof raw === "string") value = isoFromText(raw.trim());
  return value === undefined ? { ok: false, rule: "date", hint: "saisissez une date au format JJ/MM/AAAA" } : { ok: true, value };
}
