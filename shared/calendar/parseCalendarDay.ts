import { parseIsoDate } from "./calendarDate";
import { toDayNumber } from "./toDayNumber";

/**
 * Reads a real calendar date written `YYYY-MM-DD` as its day number (see {@link toDayNumber});
 * undefined for another format or a date that does not exist (`2025-02-29`, `2025-13-01`).
 */
export function parseCalendarDay(text: string): number | undefined {
  const date = parseIsoDate(text);
  return date && toDayNumber(date.year, date.month, date.day);
}
