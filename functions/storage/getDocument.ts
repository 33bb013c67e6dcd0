import { createHash } from "node:crypto";
import type { DocumentPointer } from "./documentPointer";
import { storageDeadline } from "./storageDeadline";
import type { Store } from "./store";

/** Reads a document and checks its SHA-256 against the pointer (tampering or corruption throws). */
export async function getDocument(store: Store, pointer: DocumentPointer): Promise<Buffer> {
  const bytes = await store.documents.getBlockBlobClient(pointer.blobName).downloadToBuffer(undefined, undefined, { abortSignal: storageDeadline() });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (sha256 !== pointer.sha256) throw new Error(`document ${pointer.blobName} does not match its SHA-256`);
  return bytes;
}

/** Reads a JSON document (see {@link getDocument}). */
export async function getJsonDocument<T>(store: Store, pointer: DocumentPointer): Promise<T> {
  return JSON.parse((await getDocument(store, pointer)).toString("utf8")) as T;
}
