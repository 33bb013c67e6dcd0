import { createHash } from "node:crypto";
import type { DocumentPointer } from "./documentPointer";
import type { Store } from "./store";

/**
 * Writes a document once (fails if the name exists: documents are immutable) and returns its pointer
 * with the SHA-256 of its bytes. Callers write the document first, then the row that points to it.
 */
export async function putDocument(store: Store, blobName: string, content: Buffer | string, contentType = "application/json"): Promise<DocumentPointer> {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  await store.documents.getBlockBlobClient(blobName).uploadData(bytes, {
    conditions: { ifNoneMatch: "*" },
    blobHTTPHeaders: { blobContentType: contentType },
    metadata: { sha256 },
  });
  return { blobName, sha256, size: bytes.length };
}
