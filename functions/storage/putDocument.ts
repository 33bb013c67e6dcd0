import { createHash } from "node:crypto";
import type { DocumentPointer } from "./documentPointer";
import { isStatus } from "./isStatus";
import { storageDeadline } from "./storageDeadline";
import type { Store } from "./store";

/**
 * Writes a document once (fails if the name exists: documents are immutable) and returns its pointer
 * with the SHA-256 of its bytes. Callers write the document first, then the row that points to it.
 * A name already holding these very bytes is this write done before: the SDK retries an upload whose
 * answer was lost, and `If-None-Match: *` then says 409. Other content under the name is refused.
 */
export async function putDocument(store: Store, blobName: string, content: Buffer | string, contentType = "application/json"): Promise<DocumentPointer> {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const blob = store.documents.getBlockBlobClient(blobName);
  try {
    await blob.uploadData(bytes, {
      conditions: { ifNoneMatch: "*" },
      blobHTTPHeaders: { blobContentType: contentType },
      metadata: { sha256 },
      abortSignal: storageDeadline(),
    });
  } catch (error) {
    if (!isStatus(error, 409)) throw error;
    const existing = await blob.getProperties({ abortSignal: storageDeadline() });
    if (existing.metadata?.sha256 !== sha256 || existing.contentLength !== bytes.length) throw error;
  }
  return { blobName, sha256, size: bytes.length };
}
