import { parseCalendarDay } from "./parseCalendarDay";

/** Days from `from` to `to` (two valid `YYYY-MM-DD` days): negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const start = parseCalendarDay(from);
  const end = parseCalendarDay(to);
  if (start === undefined || end === undefined) throw new Error(`daysBetween: not a calendar day (${from}, ${to})`);
  return end - start;
}
