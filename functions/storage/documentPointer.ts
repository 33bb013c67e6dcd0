/** Where an immutable document lives, and its fingerprint (stored in the table row that refers to it). */
export interface DocumentPointer {
  readonly blobName: string;
  readonly sha256: string;
  readonly size: number;
}
