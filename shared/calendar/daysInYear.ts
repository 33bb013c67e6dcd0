import { isLeapYear } from "./isLeapYear";

/** Number of days of a Gregorian year: 366 for leap years, 365 otherwise. */
export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}
