import { parseIsoDate, formatIsoDate } from "./calendarDate";
import { toDayNumber } from "./toDayNumber";

/**
 * Excel's 1900 date system, written once: serial 1 is 1900-01-01, and Excel counts a 29 February
 * 1900 that never existed (serial 60), so from 1 March 1900 on (serial 61) serial n is day
 * n − 25 569 of the Unix era — day 0 is 1899-12-30. Serials before 61 are not read.
 */
const EPOCH_DAY = toDayNumber(1899, 12, 30);
const FIRST_SERIAL = 61;
const LAST_SERIAL = toDayNumber(9999, 12, 31) - EPOCH_DAY;

/** The ISO date of an Excel date serial number (time of day ignored); undefined outside 1900-03-01 … 9999-12-31. */
export function excelSerialToIsoDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial >= LAST_SERIAL + 1) return undefined;
  const date = new Date((EPOCH_DAY + Math.floor(serial)) * 86_400_000);
  return formatIsoDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** The Excel serial number of an ISO date `YYYY-MM-DD`, undefined for anything else. */
export function isoDateToExcelSerial(iso: string): number | undefined {
  const date = parseIsoDate(iso);
  return date && toDayNumber(date.year, date.month, date.day) - EPOCH_DAY;
}
