import { isIsoDate } from "../../shared/validation/isoDate";

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system as Excel counts from 1 March 1900 on (the inverse of excelSerialToIsoDate). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** The Excel serial number of an ISO date `YYYY-MM-DD` (1900 date system), undefined for anything else. */
export function isoDateToExcelSerial(iso: string): number | undefined {
  if (!isIsoDate(iso)) return undefined;
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - EPOCH_MS) / DAY_MS);
}
