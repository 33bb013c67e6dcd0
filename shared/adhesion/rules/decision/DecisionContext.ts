import type { Decision } from "../../decision";
import type { Submission } from "../../../inventory/submissionSchema";
import type { PublishedYear } from "../../publishedYearsChanged";
import type { SubmissionStatus } from "../../submissionStatus";
import type { TimelineEvent } from "../../timelineEvent";

/**
 * What the rules of a staff decision read: the decision, the version decided (its status, its
 * selection's references, its document for a validation), the commune's latest version and history,
 * today, the campaign's freshness limit and the published years.
 */
export interface DecisionContext {
  readonly decision: Decision;
  readonly version: { readonly number: number; readonly status: SubmissionStatus; readonly refs: readonly string[] };
  readonly latestVersion: number;
  /** The version's document (needed to check its freshness again when validating). */
  readonly submission?: Submission;
  readonly communeName: string;
  readonly history: readonly TimelineEvent[];
  /** Today, in Paris (`YYYY-MM-DD`). */
  readonly today: string;
  /** How many months an état des lieux stays valid (the campaign's). */
  readonly maxAgeMonths: number;
  readonly published: readonly PublishedYear[];
}
