/** True for a leap year of the Gregorian calendar (2024, 2000; not 1900). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
