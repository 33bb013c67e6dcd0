import { coversDay, type AdhesionPeriod } from "../adhesion/adhesionPeriods";

/**
 * The periods of a run « en année pleine » (PRODUCT.md §5): each adhesion held on the cut-off day
 * counted for the whole year, the others not at all — the council's « Années N+1 et suivantes ».
 */
export function fullYearPeriods(periods: readonly AdhesionPeriod[], year: number, cutoff: string): AdhesionPeriod[] {
  const held = [...new Set(periods.filter((period) => coversDay(period, cutoff)).map((period) => period.set))];
  return held.map((set) => ({ set, from: `${year}-01-01` }));
}
