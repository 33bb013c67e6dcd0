import { toDayNumber } from "../../calendar/toDayNumber";

/** The days that matter for the prorata of one year, as day numbers (see {@link toDayNumber}). */
export interface YearCalendar {
  readonly year: number;
  /** 1 January (included). */
  readonly start: number;
  /** 1 January of the next year (excluded). */
  readonly end: number;
  /** The 1st of each month, January to December. */
  readonly monthStarts: readonly number[];
}

/** The {@link YearCalendar} of a year. */
export function yearCalendar(year: number): YearCalendar {
  const monthStarts = Array.from({ length: 12 }, (_, month) => toDayNumber(year, month + 1, 1));
  return { year, start: toDayNumber(year, 1, 1), end: toDayNumber(year + 1, 1, 1), monthStarts };
}
