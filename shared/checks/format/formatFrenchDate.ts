import type { CalendarDate } from "../dates/calendarDate";

/** The date written `JJ/MM/AAAA`. */
export function formatFrenchDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(date.day, 2)}/${pad(date.month, 2)}/${pad(date.year, 4)}`;
}
