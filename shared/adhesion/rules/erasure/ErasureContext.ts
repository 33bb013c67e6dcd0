import type { TimelineEvent } from "../../timelineEvent";

/** What the rules of an erasure read: the request, the commune, its history, today and the published years. */
export interface ErasureContext {
  /** The INSEE code the request repeats, to confirm. */
  readonly confirm: string;
  readonly insee: string;
  readonly communeName: string;
  readonly history: readonly TimelineEvent[];
  /** Today, in Paris (`YYYY-MM-DD`). */
  readonly today: string;
  /** The years whose quote-parts are published. */
  readonly publishedYears: readonly number[];
  readonly acknowledgeUnpublishedYears: boolean;
}
