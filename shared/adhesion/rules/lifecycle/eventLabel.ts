import { LIFECYCLE_EVENT_LABELS, type LifecycleEvent } from "../../lifecycleEvent";

/** « Retrait », « Mise en demeure »… at the start of a message. */
export function eventLabel(event: LifecycleEvent): string {
  const label = LIFECYCLE_EVENT_LABELS[event.type];
  return `${label[0]!.toUpperCase()}${label.slice(1)}`;
}
