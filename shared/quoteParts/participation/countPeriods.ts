import type { SetRef } from "../../catalogue/setRef";
import type { YearCalendar } from "../calendar/yearCalendar";
import type { Adhesion, Scenario } from "../scenario/Scenario";
import { countDays } from "./countDays";
import { countMonths } from "./countMonths";
import { coversSet } from "./coversSet";

/**
 * How long a commune's adhesions cover a cost item's set during the year: months (monthly prorata)
 * or days (daily prorata). Zero means the commune does not take part in the item.
 */
export function countPeriods(adhesions: readonly Adhesion[], set: SetRef, calendar: YearCalendar, prorata: Scenario["prorata"]): number {
  const covering = adhesions.filter((adhesion) => coversSet(adhesion.set, set));
  if (covering.length === 0) return 0;
  return prorata === "monthly" ? countMonths(covering, calendar.monthStarts) : countDays(covering, calendar.start, calendar.end);
}
