import { adhesionChanges } from "./adhesionChanges";
import { adhesionPeriods, adhesionState, coversDay, type AdhesionPeriod } from "./adhesionPeriods";
import { noticeDeadline } from "./noticeDeadline";
import type { TimelineEvent } from "./timelineEvent";

/** A mise en demeure not yet closed (by a régularisation, a definitive exclusion, a withdrawal or a new validation). */
export interface OpenNotice {
  /** The notice's history entry. */
  readonly eventId: string;
  /** When the notice was served. */
  readonly date: string;
  /** 3 months later: from then, the sets still under notice may be excluded « de plein droit ». */
  readonly deadline: string;
  /** The set references still under this notice. */
  readonly sets: readonly string[];
  /** The reasons given. */
  readonly comment?: string;
}

/** A set reference excluded and not reinstated (nor withdrawn) since. */
export interface CurrentExclusion {
  readonly set: string;
  readonly from: string;
  /** Temporary (« à titre préventif », until a réintégration) or definitive (after a notice). */
  readonly temporary: boolean;
}

/** Where the annex's exclusion procedure stands for a commune (PRODUCT.md §4). */
export interface ProcedureState {
  readonly notices: readonly OpenNotice[];
  readonly exclusions: readonly CurrentExclusion[];
}

/** The references an event names (C standing for every domain), among those it could concern; every one of them when it names none. */
export function namedRefs(sets: readonly string[] | undefined, among: Iterable<string>): string[] {
  const pool = [...among];
  if (!sets) return pool;
  return pool.filter((ref) => sets.includes(ref) || (ref.startsWith("C:") && sets.includes("C")));
}

/** The references held on a day. */
export function refsHeldOn(periods: readonly AdhesionPeriod[], date: string): string[] {
  return [...new Set(periods.filter((period) => coversDay(period, date)).map((period) => period.set))];
}

const byDate = (history: readonly TimelineEvent[]) =>
  history.map((event, order) => ({ event, order })).sort((a, b) => ((a.event.date ?? "") < (b.event.date ?? "") ? -1 : (a.event.date ?? "") > (b.event.date ?? "") ? 1 : a.order - b.order));

/**
 * The open notices and current exclusions of a commune's history (in recording order; taken here in
 * date order). A notice names the sets held at its date when it names none; a régularisation closes
 * the sets it names under the notices dated on or before it (every one when it names none); so do a
 * definitive exclusion of those sets, their withdrawal, and a new validation that drops them.
 * Exclusions are the references the adhesion periods keep suspended (see adhesionState).
 */
export function procedureState(history: readonly TimelineEvent[]): ProcedureState {
  const periods = adhesionPeriods(adhesionChanges(history));
  const notices: { eventId: string; date: string; deadline: string; sets: Set<string>; comment?: string }[] = [];
  const close = (date: string, refs: readonly string[] | undefined) => {
    for (const notice of notices) if (notice.date <= date) for (const ref of namedRefs(refs, [...notice.sets])) notice.sets.delete(ref);
  };
  for (const { event } of byDate(history)) {
    if (event.date === undefined) continue;
    if (event.type === "mise_en_demeure") {
      const sets = new Set(namedRefs(event.sets, refsHeldOn(periods, event.date)));
      notices.push({ eventId: event.id, date: event.date, deadline: noticeDeadline(event.date), sets, ...(event.comment ? { comment: event.comment } : {}) });
    } else if (event.type === "regularisation" || event.type === "retrait" || (event.type === "exclusion" && !event.temporary)) {
      close(event.date, event.sets);
    } else if (event.type === "validation") {
      const kept = new Set(event.sets ?? []);
      for (const notice of notices) for (const ref of [...notice.sets]) if (!kept.has(ref)) notice.sets.delete(ref);
    }
  }
  const open = notices
    .filter((notice) => notice.sets.size > 0)
    .map(({ sets, ...notice }) => ({ ...notice, sets: [...sets].sort() }));
  return { notices: open, exclusions: currentExclusions(history) };
}

/** The suspended references, each with the exclusion that suspended it last. */
function currentExclusions(history: readonly TimelineEvent[]): CurrentExclusion[] {
  const { suspended } = adhesionState(adhesionChanges(history));
  const exclusions = byDate(history)
    .map(({ event }) => event)
    .filter((event) => event.type === "exclusion");
  return suspended.flatMap((ref) => {
    const last = exclusions.filter((event) => namedRefs(event.sets, [ref]).length > 0).at(-1);
    return last?.date ? [{ set: ref, from: last.date, temporary: last.temporary === true }] : [];
  });
}
