import { randomUUID } from "node:crypto";
import type { DocumentPointer } from "../documentPointer";
import { getDocument } from "../getDocument";
import { isStatus } from "../isStatus";
import { putDocument } from "../putDocument";
import type { Store } from "../store";

/** The pointer to a commune's current draft. */
export interface DraftRecord {
  readonly insee: string;
  readonly savedAt: string;
  readonly savedBy: string;
  readonly document: DocumentPointer;
}

const ROW = "draft";

/**
 * Saves a commune's draft: the content goes to a new write-once blob, then the single draft row is
 * pointed at it. Concurrent saves: the last row write wins, and it always points to a whole document.
 * The replaced blob is deleted afterwards (best effort).
 */
export async function saveDraft(store: Store, insee: string, content: string, savedBy: string, savedAt: string): Promise<DraftRecord> {
  const previous = await readDraftRecord(store, insee);
  const document = await putDocument(store, `drafts/${insee}/${savedAt.replace(/[:.]/g, "-")}-${randomUUID()}.json`, content);
  await store.table("drafts").upsertEntity(
    { partitionKey: insee, rowKey: ROW, savedAt, savedBy, documentBlob: document.blobName, documentSha256: document.sha256, documentSize: document.size },
    "Replace",
  );
  if (previous) await store.documents.deleteBlob(previous.document.blobName).catch(() => undefined);
  return { insee, savedAt, savedBy, document };
}

/** The draft row of a commune, or undefined. */
export async function readDraftRecord(store: Store, insee: string): Promise<DraftRecord | undefined> {
  try {
    const entity = await store.table("drafts").getEntity<Record<string, unknown>>(insee, ROW);
    return {
      insee,
      savedAt: String(entity.savedAt),
      savedBy: String(entity.savedBy),
      document: { blobName: String(entity.documentBlob), sha256: String(entity.documentSha256), size: Number(entity.documentSize) },
    };
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}

/** The draft's content, or undefined when there is none. */
export async function readDraft(store: Store, insee: string): Promise<{ record: DraftRecord; content: string } | undefined> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const record = await readDraftRecord(store, insee);
    if (!record) return undefined;
    try {
      return { record, content: (await getDocument(store, record.document)).toString("utf8") };
    } catch (error) {
      // A concurrent save replaced (and deleted) this blob between the two reads: read again.
      if (!isStatus(error, 404)) throw error;
    }
  }
  throw new Error(`draft of ${insee}: kept changing while read`);
}
