/** A period during which a commune's adhesion covers a set reference (`A`, `B`, `C:3`); `to` is exclusive. */
export interface AdhesionPeriod {
  readonly set: string;
  readonly from: string;
  readonly to?: string;
}

/**
 * A dated change to what a commune adheres to: a validated selection (replaces the current one from
 * its date), the end of some references (withdrawal, exclusion), or their resumption (reinstatement).
 * `refs` absent on end/resume means every reference concerned. `C` in refs stands for every C domain.
 */
export type AdhesionChange =
  | { readonly date: string; readonly kind: "selection"; readonly refs: readonly string[] }
  | { readonly date: string; readonly kind: "end"; readonly refs?: readonly string[]; readonly suspends?: boolean }
  | { readonly date: string; readonly kind: "resume"; readonly refs?: readonly string[] };

/**
 * Turns a commune's changes (in the order they were recorded; sorted here by date, stable) into the
 * periods of each set reference. A suspended reference (exclusion) comes back with a resumption;
 * a withdrawn one only with a new validated selection. The latest validated selection wins: one
 * recorded later with an earlier (or the same) date replaces the selections recorded before it
 * that were dated on or after it, instead of being overridden by them from their dates.
 */
export function adhesionPeriods(changes: readonly AdhesionChange[]): AdhesionPeriod[] {
  return adhesionState(changes).periods;
}

/**
 * The periods of {@link adhesionPeriods} and the references suspended at the end (excluded, not
 * reinstated nor withdrawn since): what a later reinstatement would reopen.
 */
export function adhesionState(changes: readonly AdhesionChange[]): { periods: AdhesionPeriod[]; suspended: string[] } {
  const current = changes.filter(
    (change, index) => change.kind !== "selection" || !changes.slice(index + 1).some((later) => later.kind === "selection" && later.date <= change.date),
  );
  const sorted = current.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const open = new Map<string, string>();
  const suspended = new Set<string>();
  let selection = new Set<string>();
  const periods: AdhesionPeriod[] = [];
  const close = (ref: string, date: string) => {
    const from = open.get(ref);
    if (from === undefined) return;
    open.delete(ref);
    if (from < date) periods.push({ set: ref, from, to: date });
  };
  const expand = (refs: readonly string[] | undefined, pool: Iterable<string>) => {
    const all = [...pool];
    if (!refs) return all;
    return all.filter((ref) => refs.includes(ref) || (ref.startsWith("C:") && refs.includes("C")));
  };
  for (const change of sorted) {
    if (change.kind === "selection") {
      selection = new Set(change.refs);
      suspended.clear();
      for (const ref of [...open.keys()]) if (!selection.has(ref)) close(ref, change.date);
      for (const ref of selection) if (!open.has(ref)) open.set(ref, change.date);
    } else if (change.kind === "end") {
      // A withdrawal of an excluded reference ends its suspension: no reinstatement brings it back.
      if (!change.suspends) for (const ref of expand(change.refs, suspended)) suspended.delete(ref);
      for (const ref of expand(change.refs, open.keys())) {
        close(ref, change.date);
        if (change.suspends) suspended.add(ref);
      }
    } else {
      for (const ref of expand(change.refs, suspended)) {
        suspended.delete(ref);
        if (selection.has(ref) && !open.has(ref)) open.set(ref, change.date);
      }
    }
  }
  for (const [ref, from] of open) periods.push({ set: ref, from });
  return { periods: periods.sort((a, b) => (a.set === b.set ? (a.from < b.from ? -1 : 1) : a.set < b.set ? -1 : 1)), suspended: [...suspended].sort() };
}

/** The set references of a selection: `A`, `B`, and `C:<d>` for each chosen domain when C is chosen. */
export function selectionRefs(sets: readonly string[], domains: readonly number[]): string[] {
  const refs = sets.filter((set) => set !== "C");
  if (sets.includes("C")) refs.push(...[...domains].sort((a, b) => a - b).map((domain) => `C:${domain}`));
  return refs;
}

/** Whether the period covers the day `date` (`YYYY-MM-DD`; `to` is exclusive). */
export function coversDay(period: AdhesionPeriod, date: string): boolean {
  return period.from <= date && (period.to === undefined || date < period.to);
}
