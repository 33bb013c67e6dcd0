import { toDayNumber } from "./toDayNumber";

/** Number of days of a Gregorian year: 366 for leap years, 365 otherwise. */
export function daysInYear(year: number): number {
  return toDayNumber(year + 1, 1, 1) - toDayNumber(year, 1, 1);
}
