import { forEachBlobPage } from "../forEachBlobPage";
import { storageDeadline } from "../storageDeadline";
import type { Store } from "../store";

/**
 * Age past which a draft document no row names is an orphan: far longer than any save takes between
 * writing its document and pointing the row at it (a few storage calls, 5 s each at most, retries
 * included), so a save in flight never loses its document.
 */
export const ORPHAN_AGE_MS = 5 * 60_000;

/** Deletions per sweep at most: the save that sweeps has already succeeded, its answer must not wait on a backlog (the rest goes at the next sweeps). */
const SWEEP_LIMIT = 50;

/**
 * Deletes a commune's draft documents that are not in `referenced` and were written before
 * `olderThan`: replaced documents whose deletion failed, those a save forgot after write conflicts,
 * and those of saves that stopped before pointing the row at them — `limit` of them at most.
 * Returns how many were deleted; a deletion that fails is left for the next sweep.
 */
export async function sweepDraftDocuments(store: Store, insee: string, referenced: ReadonlySet<string>, olderThan: Date, limit = SWEEP_LIMIT): Promise<number> {
  let deleted = 0;
  await forEachBlobPage(store, `drafts/${insee}/`, async (blobs) => {
    for (const blob of blobs) {
      if (deleted >= limit) return "stop";
      if (referenced.has(blob.name) || blob.properties.lastModified >= olderThan) continue;
      try {
        await store.documents.deleteBlob(blob.name, { abortSignal: storageDeadline() });
        deleted += 1;
      } catch {
        // Left for the next sweep.
      }
    }
    return undefined;
  });
  return deleted;
}
