import type { DocumentPointer } from "../documentPointer";

/** The pointer row of a year's cost items: who saved which document when, and its storage version. */
export interface CostItemsRecord {
  readonly year: number;
  readonly savedAt: string;
  readonly savedBy: string;
  readonly document: DocumentPointer;
  /** Storage version, used as the HTTP ETag (`If-Match` on replacement). */
  readonly etag?: string;
}
