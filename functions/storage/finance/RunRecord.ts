import type { RunWarning } from "../../../shared/finance/runWarnings";
import type { DocumentPointer } from "../documentPointer";

/** A run's state: computed (under review), published (the year's reference, immutable) or replaced by a corrective run. */
export type RunStatus = "calcule" | "publie" | "remplace";

/** French labels of the run statuses. */
export const RUN_STATUS_LABELS: Readonly<Record<RunStatus, string>> = { calcule: "calculé", publie: "publié", remplace: "remplacé (annulé et remplacé)" };

/** A quote-part computation of a year, with its frozen input snapshot and its result. */
export interface RunRecord {
  readonly year: number;
  /** Sortable by creation time: `20250301T090000000Z-1a2b3c4d`. */
  readonly runId: string;
  readonly status: RunStatus;
  /** Data as of this day: versions validated and events recorded on or before it. */
  readonly cutoff: string;
  /** « En année pleine »: each adhesion held at the cut-off counted for 12 months (the council's « Années N+1 et suivantes »; never published). */
  readonly fullYear: boolean;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly publishedAt?: string;
  readonly publishedBy?: string;
  /** SHA-256 of the cost-items document the snapshot was built from. */
  readonly costItemsSha256: string;
  /** What finance must acknowledge before publishing it. */
  readonly warnings: readonly RunWarning[];
  /** A corrective run (« annule et remplace »): the published run it is to replace, and why. */
  readonly corrects?: string;
  readonly correctionReason?: string;
  /** A replaced run: the corrective run that replaced it, and when. */
  readonly replacedBy?: string;
  readonly replacedAt?: string;
  /** The exact scenario fed to the engine. */
  readonly snapshot: DocumentPointer;
  /** The engine's result (see quotePartsConverters). */
  readonly result: DocumentPointer;
  /** Storage version, used as the HTTP ETag (`If-Match` on publication). */
  readonly etag?: string;
}
