/**
 * Number of days from 1970-01-01 to the given date of the proleptic Gregorian calendar
 * (negative before 1970). Pure arithmetic, no `Date`: the caller has checked the date is real.
 */
export function toDayNumber(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil: years start on 1 March, so the leap day is the last one.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
