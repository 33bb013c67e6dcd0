import type { PublishedYear } from "../../publishedYearsChanged";
import type { TimelineEvent } from "../../timelineEvent";

/** What the rules of a validation read: the effective date and sets, the commune's history, today, the published years. */
export interface ValidationContext {
  readonly effectiveFrom: string;
  /** The validated selection's references (`A`, `B`, `C:3`…). */
  readonly refs: readonly string[];
  readonly acknowledgePublishedYears: boolean;
  readonly communeName: string;
  readonly history: readonly TimelineEvent[];
  /** Today, in Paris (`YYYY-MM-DD`). */
  readonly today: string;
  readonly published: readonly PublishedYear[];
}
