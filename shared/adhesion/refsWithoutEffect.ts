import { adhesionPeriods, adhesionState, coversDay, type AdhesionChange } from "./adhesionPeriods";

/** Whether two histories come to the same periods and the same suspended references. */
const samePeriods = (a: readonly AdhesionChange[], b: readonly AdhesionChange[]) => JSON.stringify(adhesionState(a)) === JSON.stringify(adhesionState(b));

/**
 * What an end (withdrawal, exclusion) or a resumption (reinstatement) would not change, given the
 * changes recorded so far: the named references it leaves as they are (an end of a reference
 * neither held at its date nor excluded, a resumption of one not suspended), or, for a change naming none (every
 * reference), `["*"]` when it changes nothing at all. Empty when the change has an effect on each.
 */
export function refsWithoutEffect(changes: readonly AdhesionChange[], change: Extract<AdhesionChange, { kind: "end" | "resume" }>): string[] {
  if (!change.refs) return samePeriods(changes, [...changes, change]) ? ["*"] : [];
  return change.refs.filter((ref) => samePeriods(changes, [...changes, { ...change, refs: [ref] }]));
}

/** The named references not held on `date` (every one held by none when `refs` is absent: `["*"]`). */
export function refsNotHeldOn(changes: readonly AdhesionChange[], date: string, refs: readonly string[] | undefined): string[] {
  const held = adhesionPeriods(changes).filter((period) => coversDay(period, date));
  const holds = (ref: string) => held.some((period) => period.set === ref || (ref === "C" && period.set.startsWith("C:")));
  if (!refs) return held.length === 0 ? ["*"] : [];
  return refs.filter((ref) => !holds(ref));
}
