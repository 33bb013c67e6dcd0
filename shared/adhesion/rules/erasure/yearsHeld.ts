import type { AdhesionPeriod } from "../../adhesionPeriods";

/** The calendar years the periods touch (`to` exclusive: a period ending on 1 January ends the year before). */
export function yearsHeld(periods: readonly AdhesionPeriod[], today: string): number[] {
  const years = new Set<number>();
  for (const period of periods) {
    const end = period.to ?? today;
    const last = Number(end.slice(0, 4)) - (period.to?.endsWith("-01-01") ? 1 : 0);
    for (let year = Number(period.from.slice(0, 4)); year <= last; year += 1) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}
