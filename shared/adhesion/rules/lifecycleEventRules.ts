import { firstRefusals, type AdhesionRule, type RuleRefusal } from "./AdhesionRule";
import { adhesionWasValidated } from "./lifecycle/adhesionWasValidated";
import { definitiveExclusionFollowsNotice } from "./lifecycle/definitiveExclusionFollowsNotice";
import { eventChangesSomething } from "./lifecycle/eventChangesSomething";
import { eventDateIsPlausible } from "./lifecycle/eventDateIsPlausible";
import type { LifecycleEventContext } from "./lifecycle/LifecycleEventContext";
import { noticeIsNotOpenAlready } from "./lifecycle/noticeIsNotOpenAlready";
import { publishedYearsAcknowledged } from "./lifecycle/publishedYearsAcknowledged";
import { regularisationClosesNotice } from "./lifecycle/regularisationClosesNotice";
import { reinstatementFollowsExclusion } from "./lifecycle/reinstatementFollowsExclusion";
import { temporaryExclusionIsImmediate } from "./lifecycle/temporaryExclusionIsImmediate";

/** The rules of a lifecycle event (PRODUCT.md §4, the annex's exclusion procedure), in the order they are checked. */
export const LIFECYCLE_EVENT_RULES: readonly AdhesionRule<LifecycleEventContext>[] = [
  eventDateIsPlausible,
  adhesionWasValidated,
  reinstatementFollowsExclusion,
  eventChangesSomething,
  noticeIsNotOpenAlready,
  regularisationClosesNotice,
  temporaryExclusionIsImmediate,
  definitiveExclusionFollowsNotice,
  publishedYearsAcknowledged,
];

/** Why a lifecycle event cannot be recorded on the history as it is (empty: it can). */
export function checkLifecycleEvent(context: LifecycleEventContext): RuleRefusal[] {
  return firstRefusals(LIFECYCLE_EVENT_RULES, context);
}
