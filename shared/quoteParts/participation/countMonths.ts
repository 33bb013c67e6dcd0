import type { Period } from "./Period";

/**
 * Number of months whose 1st day lies in at least one of the periods (overlapping periods count a
 * month once): an adhesion effective on 1 May counts May to December, 8 months.
 */
export function countMonths(periods: readonly Period[], monthStarts: readonly number[]): number {
  let months = 0;
  for (const day of monthStarts) {
    if (periods.some((period) => period.from <= day && (period.to === undefined || day < period.to))) months += 1;
  }
  return months;
}
