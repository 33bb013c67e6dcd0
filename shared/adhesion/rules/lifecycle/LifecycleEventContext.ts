import type { LifecycleEvent } from "../../lifecycleEvent";
import type { PublishedYear } from "../../publishedYearsChanged";
import type { TimelineEvent } from "../../timelineEvent";

/** What the rules of a lifecycle event read: the event, the commune's history as recorded so far, today, the published years. */
export interface LifecycleEventContext {
  readonly event: LifecycleEvent;
  readonly communeName: string;
  /** The commune's history, in recording order. */
  readonly history: readonly TimelineEvent[];
  /** Today, in Paris (`YYYY-MM-DD`). */
  readonly today: string;
  readonly published: readonly PublishedYear[];
}
