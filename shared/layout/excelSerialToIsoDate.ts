const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system, as Excel counts from 1 March 1900 on (serial 61). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const FIRST_SERIAL = 61;
const LAST_SERIAL = 2_958_465;

/**
 * The ISO date `YYYY-MM-DD` of an Excel date serial number (1900 date system, time of day
 * ignored); undefined outside 1900-03-01 … 9999-12-31.
 */
export function excelSerialToIsoDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial >= LAST_SERIAL + 1) return undefined;
  return new Date(EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}
