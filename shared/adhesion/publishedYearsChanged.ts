import { adhesionPeriods, type AdhesionChange, type AdhesionPeriod } from "./adhesionPeriods";

/** A year whose quote-parts are published, and the published run. */
export interface PublishedYear {
  readonly year: number;
  readonly runId: string;
}

/** Each reference's days held within `year`, as merged `[from, to)` intervals. */
function coverageIn(periods: readonly AdhesionPeriod[], year: number): string {
  const start = `${year}-01-01`;
  const end = `${year + 1}-01-01`;
  const byRef = new Map<string, [string, string][]>();
  for (const period of periods) {
    const from = period.from > start ? period.from : start;
    const to = period.to === undefined || period.to > end ? end : period.to;
    if (from >= to) continue;
    byRef.set(period.set, [...(byRef.get(period.set) ?? []), [from, to]]);
  }
  const merged = [...byRef.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ref, spans]) => {
    const sorted = spans.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const joined: [string, string][] = [];
    for (const span of sorted) {
      const last = joined.at(-1);
      if (last && span[0] <= last[1]) last[1] = span[1] > last[1] ? span[1] : last[1];
      else joined.push([...span]);
    }
    return [ref, joined] as const;
  });
  return JSON.stringify(merged);
}

/**
 * The published years whose adhesion days `change` would alter, given the changes recorded so far:
 * those a run of the year computed after it would bill differently (a notice or a change dated after
 * the year alters none).
 */
export function publishedYearsChanged(changes: readonly AdhesionChange[], change: AdhesionChange, published: readonly PublishedYear[]): PublishedYear[] {
  const before = adhesionPeriods(changes);
  const after = adhesionPeriods([...changes, change]);
  return published.filter(({ year }) => coverageIn(before, year) !== coverageIn(after, year)).sort((a, b) => a.year - b.year);
}
