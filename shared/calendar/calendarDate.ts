import { daysInMonth } from "./daysInMonth";

/** A day of the calendar, without time or time zone. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** How a day is written: `YYYY-MM-DD` (whether it exists is parseIsoDate's business). */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The one reader of `YYYY-MM-DD` dates: the calendar date when `text` is a real day of the
 * Gregorian calendar (`2024-02-29` yes, `2025-02-29` and `2025-13-01` no), undefined otherwise.
 */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** The calendar date of a `YYYY-MM-DD` text already checked (a text that is not one is a bug). */
export function parseCalendarDate(iso: string): CalendarDate {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`YYYY-MM-DD date expected, got ${JSON.stringify(iso)}`);
  return date;
}

/** Negative when `a` is before `b`, 0 on the same day, positive after. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The date written `YYYY-MM-DD`. */
export function formatIsoDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
