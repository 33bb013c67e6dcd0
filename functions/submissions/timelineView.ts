import { TIMELINE_LABELS, type TimelineEvent } from "../../shared/adhesion/timelineEvent";

/** A history entry as the API shows it, with its French label. */
export function timelineView(event: TimelineEvent) {
  const { insee: _insee, ...rest } = event;
  return { ...rest, label: TIMELINE_LABELS[event.type] };
}
