import { addCalendarMonths } from "../calendar/addCalendarMonths";
import { formatIsoDate, parseCalendarDate } from "../calendar/calendarDate";

/** Months a commune has to regularise after a mise en demeure (annex: « dans un délai de 3 mois »). */
export const NOTICE_MONTHS = 3;

/** The deadline of a notice dated `date`: 3 months later, same day of the month or that month's last day. */
export function noticeDeadline(date: string): string {
  return formatIsoDate(addCalendarMonths(parseCalendarDate(date), NOTICE_MONTHS));
}
