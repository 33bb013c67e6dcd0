import { formatFrenchDay } from "./formatFrenchDate";

/** No date of the product's records is earlier (PRODUCT.md §4: dates are plausible). */
export const EARLIEST_PLAUSIBLE_DATE = "2000-01-01";

/** The latest plausible date, seen from `today`: the end of next year (an adhesion takes effect this year or next). */
export function latestPlausibleDate(today: string): string {
  return `${Number(today.slice(0, 4)) + 1}-12-31`;
}

/**
 * Why `date` is not plausible seen from `today` (French, for a message after the field's name), or
 * undefined when it is: not before 2000-01-01, not after the end of next year.
 */
export function implausibleDateReason(date: string, today: string): string | undefined {
  if (date < EARLIEST_PLAUSIBLE_DATE) return `date au plus tôt le ${formatFrenchDay(EARLIEST_PLAUSIBLE_DATE)} attendue`;
  const latest = latestPlausibleDate(today);
  if (date > latest) return `date au plus tard le ${formatFrenchDay(latest)} (fin de l'année prochaine) attendue`;
  return undefined;
}
