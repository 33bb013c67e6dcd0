import { daysBetween } from "../calendar/daysBetween";
import { procedureState, type CurrentExclusion, type OpenNotice } from "./procedureState";
import type { TimelineEvent } from "./timelineEvent";

/** An open notice as staff see it on a day: days left before its deadline, and whether the sets it names may now be excluded. */
export interface NoticeView extends OpenNotice {
  /** Days from today to the deadline (0 once it has passed). */
  readonly daysLeft: number;
  /** The deadline has passed without régularisation: a definitive exclusion is possible (« de plein droit »). */
  readonly exclusionPossible: boolean;
}

/** The exclusion procedure of a commune on a day: open notices and current exclusions. */
export interface ProcedureView {
  readonly notices: readonly NoticeView[];
  readonly exclusions: readonly CurrentExclusion[];
}

/** Where the exclusion procedure stands on `today` for a commune's history. */
export function procedureView(history: readonly TimelineEvent[], today: string): ProcedureView {
  const { notices, exclusions } = procedureState(history);
  return {
    notices: notices.map((notice) => ({ ...notice, daysLeft: Math.max(0, daysBetween(today, notice.deadline)), exclusionPossible: notice.deadline <= today })),
    exclusions,
  };
}
