import { adhesionPeriods, coversDay, type AdhesionChange, type AdhesionPeriod } from "../../adhesion/adhesionPeriods";
import type { EstimateMode } from "../AdhesionEstimate";

/** A commune's periods should it take the sets asked from a day, and what that changes to what it holds. */
export interface ProspectivePeriods {
  readonly periods: readonly AdhesionPeriod[];
  /** Held on the day, as recorded. */
  readonly held: readonly string[];
  /** Counted from the day. */
  readonly selection: readonly string[];
  /** Held, and ended on the day (replacing only). */
  readonly ended: readonly string[];
}

/** True when a held reference covers `ref`: the same, or the whole set C for one of its domains. */
const holds = (held: readonly string[], ref: string) => held.includes(ref) || (ref.startsWith("C:") && held.includes("C"));

/** `A`, `B`, `C`, `C:1` … `C:16` in catalogue order. */
const rank = (ref: string) => (ref.startsWith("C:") ? 100 + Number(ref.slice(2)) : ref.charCodeAt(0));
const sortRefs = (refs: Iterable<string>) => [...new Set(refs)].sort((a, b) => rank(a) - rank(b));

/**
 * The periods an estimate counts for the commune. Adding (default): its recorded periods untouched,
 * plus each set asked that it does not hold on `from`, open from that day. Replacing: the sets asked
 * become its selection on `from`, as the validation of a submission choosing them would, so the sets
 * it holds and did not ask end that day.
 */
export function prospectivePeriods(changes: readonly AdhesionChange[], refs: readonly string[], from: string, mode: EstimateMode): ProspectivePeriods {
  const recorded = adhesionPeriods(changes);
  const held = sortRefs(recorded.filter((period) => coversDay(period, from)).map((period) => period.set));
  if (mode === "remplacer") {
    const periods = adhesionPeriods([...changes, { date: from, kind: "selection", refs }]);
    return { periods, held, selection: sortRefs(refs), ended: held.filter((ref) => !refs.includes(ref)) };
  }
  const added = refs.filter((ref) => !holds(held, ref));
  return { periods: [...recorded, ...added.map((set) => ({ set, from }))], held, selection: sortRefs([...held, ...added]), ended: [] };
}
