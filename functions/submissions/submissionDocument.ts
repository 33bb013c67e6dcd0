import type { Finding } from "../../shared/checks/finding";
import type { Submission } from "../../shared/inventory/submissionSchema";

/** The immutable document stored for each submitted version. */
export interface SubmissionDocument {
  readonly submission: Submission;
  /** Findings at submission time (warnings only: a version with errors is never accepted). */
  readonly findings: readonly Finding[];
  readonly submittedAt: string;
  readonly submittedBy: string;
  readonly source: "json" | "xlsx";
}
