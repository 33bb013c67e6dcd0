import { parseCalendarDate, type CalendarDate } from "./calendarDate";

/** The date written `JJ/MM/AAAA`. */
export function formatFrenchDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(date.day, 2)}/${pad(date.month, 2)}/${pad(date.year, 4)}`;
}

/** A valid `YYYY-MM-DD` day written `JJ/MM/AAAA`. */
export function formatFrenchDay(iso: string): string {
  return formatFrenchDate(parseCalendarDate(iso));
}
