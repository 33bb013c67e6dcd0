import type { DocumentPointer } from "../documentPointer";

/** A run's state: computed (under review) or published (immutable, the year's reference). */
export type RunStatus = "calcule" | "publie";

/** French labels of the run statuses. */
export const RUN_STATUS_LABELS: Readonly<Record<RunStatus, string>> = { calcule: "calculé", publie: "publié" };

/** A quote-part computation of a year, with its frozen input snapshot and its result. */
export interface RunRecord {
  readonly year: number;
  /** Sortable by creation time: `20250301T090000000Z-1a2b3c4d`. */
  readonly runId: string;
  readonly status: RunStatus;
  /** Data as of this day: versions validated and events recorded on or before it. */
  readonly cutoff: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly publishedAt?: string;
  readonly publishedBy?: string;
  /** SHA-256 of the cost-items document the snapshot was built from. */
  readonly costItemsSha256: string;
  /** The exact scenario fed to the engine. */
  readonly snapshot: DocumentPointer;
  /** The engine's result (see quotePartsConverters). */
  readonly result: DocumentPointer;
  /** Storage version, used as the HTTP ETag (`If-Match` on publication). */
  readonly etag?: string;
}
