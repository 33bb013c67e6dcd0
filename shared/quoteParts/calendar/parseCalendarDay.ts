import { daysInMonth } from "./daysInMonth";
import { toDayNumber } from "./toDayNumber";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a real calendar date written `YYYY-MM-DD` as its day number (see {@link toDayNumber});
 * undefined for another format or a date that does not exist (`2025-02-29`, `2025-13-01`).
 */
export function parseCalendarDay(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return toDayNumber(year, month, day);
}
