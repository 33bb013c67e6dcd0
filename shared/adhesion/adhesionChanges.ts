import type { AdhesionChange } from "./adhesionPeriods";
import type { TimelineEvent } from "./timelineEvent";

/** The dated changes of adhesion in a commune's history (validations, withdrawals, exclusions, reinstatements), up to `asOf` when given (recording time). */
export function adhesionChanges(timeline: readonly TimelineEvent[], asOf?: string): AdhesionChange[] {
  const changes: AdhesionChange[] = [];
  for (const event of timeline) {
    if (asOf !== undefined && event.at > asOf) continue;
    if (event.date === undefined) continue;
    if (event.type === "validation") changes.push({ date: event.date, kind: "selection", refs: event.sets ?? [] });
    else if (event.type === "retrait") changes.push({ date: event.date, kind: "end", ...(event.sets ? { refs: event.sets } : {}) });
    else if (event.type === "exclusion") changes.push({ date: event.date, kind: "end", suspends: true, ...(event.sets ? { refs: event.sets } : {}) });
    else if (event.type === "reintegration") changes.push({ date: event.date, kind: "resume", ...(event.sets ? { refs: event.sets } : {}) });
  }
  return changes;
}
