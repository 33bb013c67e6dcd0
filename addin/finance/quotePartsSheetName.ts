/** The sheet a run of a year is written into: the year's runs share one, runs « en année pleine » another (31 characters at most). */
export function quotePartsSheetName(year: number, fullYear: boolean): string {
  return fullYear ? `Quotes-parts année pleine ${year}` : `Quotes-parts ${year}`;
}
