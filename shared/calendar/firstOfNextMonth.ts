import { parseCalendarDate } from "./calendarDate";

/** The first day of the month after `day` (`2025-03-14` → `2025-04-01`): adhesions take effect on a 1st. */
export function firstOfNextMonth(day: string): string {
  const { year, month } = parseCalendarDate(day);
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
}
