import { isLeapYear } from "./isLeapYear";

/** Number of days of a month (1–12) of the Gregorian calendar, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
