import type { CalendarDate } from "./calendarDate";
import { daysInMonth } from "./daysInMonth";

/**
 * The same day `months` calendar months later; when that month is shorter, its last day
 * (31 August + 6 months = 28 or 29 February).
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}
