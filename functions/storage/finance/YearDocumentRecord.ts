import type { DocumentPointer } from "../documentPointer";

/** The pointer row of a year's finance document (cost items, finance configuration): who saved which document when, and its storage version. */
export interface YearDocumentRecord {
  readonly year: number;
  readonly savedAt: string;
  readonly savedBy: string;
  readonly document: DocumentPointer;
  /** Storage version, used as the HTTP ETag (`If-Match` on replacement). */
  readonly etag?: string;
}
