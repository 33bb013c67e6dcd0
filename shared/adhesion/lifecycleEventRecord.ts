import { adhesionChanges } from "./adhesionChanges";
import { adhesionPeriods } from "./adhesionPeriods";
import { namedRefs, refsHeldOn } from "./procedureState";
import type { LifecycleEventContext } from "./rules/lifecycle/LifecycleEventContext";
import { publishedYearsOfEvent } from "./rules/lifecycle/publishedYearsOfEvent";
import type { TimelineEvent } from "./timelineEvent";

/**
 * What the history records of an accepted lifecycle event: a notice names the sets it puts at risk
 * (those held at its date when the event named none); an event that changes published years carries
 * them, for finance to carry into the next run.
 */
export function lifecycleEventRecord(context: LifecycleEventContext): Pick<TimelineEvent, "type" | "date" | "sets" | "comment" | "temporary" | "publishedYears"> {
  const { event, history } = context;
  const sets = event.type === "mise_en_demeure" && !event.sets ? namedRefs(undefined, refsHeldOn(adhesionPeriods(adhesionChanges(history)), event.date)).sort() : event.sets;
  const publishedYears = publishedYearsOfEvent(context).map(({ year }) => year);
  return {
    type: event.type,
    date: event.date,
    ...(sets ? { sets } : {}),
    ...(event.comment ? { comment: event.comment } : {}),
    ...(event.type === "exclusion" ? { temporary: event.temporary } : {}),
    ...(publishedYears.length > 0 ? { publishedYears } : {}),
  };
}
