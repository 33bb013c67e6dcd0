import type { BlobItem } from "@azure/storage-blob";
import { storageDeadline } from "./storageDeadline";
import type { Store } from "./store";

/**
 * Visits the documents whose names start with `prefix`, one page at a time, each listing call
 * under its own deadline: however many documents there are, each step stays short, and the
 * visitor may delete what it is given (the listing resumes from the page's continuation token), or
 * answer "stop" to end the visit.
 */
export async function forEachBlobPage(store: Store, prefix: string, visit: (blobs: readonly BlobItem[]) => Promise<void | "stop">, pageSize = 500): Promise<void> {
  let marker: string | undefined;
  do {
    const pages = store.documents.listBlobsFlat({ prefix, abortSignal: storageDeadline() }).byPage({ maxPageSize: pageSize, ...(marker ? { continuationToken: marker } : {}) });
    const page = (await pages.next()).value as { segment: { blobItems: BlobItem[] }; continuationToken?: string } | undefined;
    if ((await visit(page?.segment.blobItems ?? [])) === "stop") return;
    marker = page?.continuationToken || undefined;
  } while (marker);
}
