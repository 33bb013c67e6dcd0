import type { SubmissionStatus } from "../../../shared/adhesion/submissionStatus";
import type { ReturnReason } from "../../../shared/adhesion/decision";
import type { DocumentPointer } from "../documentPointer";

/** A staff decision recorded on a version. */
export interface DecisionRecord {
  readonly kind: "validate" | "return";
  readonly decidedAt: string;
  readonly decidedBy: string;
  readonly effectiveFrom?: string;
  readonly reason?: ReturnReason;
  readonly comment?: string;
}

/** One submitted version of a commune's description organique (the document itself is an immutable blob). */
export interface SubmissionRecord {
  readonly insee: string;
  readonly version: number;
  readonly status: SubmissionStatus;
  readonly communeName: string;
  readonly sets: readonly string[];
  readonly domains: readonly number[];
  readonly etatDesLieux: string | null;
  readonly templateVersion: string;
  readonly source: "json" | "xlsx";
  readonly submittedAt: string;
  readonly submittedBy: string;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly document: DocumentPointer;
  /** The uploaded workbook, kept as received (xlsx submissions). */
  readonly original?: DocumentPointer;
  readonly decision?: DecisionRecord;
  /** SHA-256 of the Idempotency-Key that created it: a retry finds this version instead of adding one. */
  readonly requestKey?: string;
  /** Storage version, used as the HTTP ETag for optimistic concurrency. */
  readonly etag?: string;
}
