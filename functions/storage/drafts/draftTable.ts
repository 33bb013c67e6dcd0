import { randomUUID } from "node:crypto";
import type { DocumentPointer } from "../documentPointer";
import { getDocument } from "../getDocument";
import { isStatus } from "../isStatus";
import { putDocument } from "../putDocument";
import { StorageBusyError } from "../storageBusyError";
import { storageDeadline } from "../storageDeadline";
import type { Store } from "../store";
import { replacedDrafts, type ReplacedDraft } from "./replacedDrafts";
import { ORPHAN_AGE_MS, sweepDraftDocuments } from "./sweepDraftDocuments";
import { fromPointerFields } from "../documentPointer";
import { entityFields } from "../entityFields";

/** The pointer to a commune's current draft. */
export interface DraftRecord {
  readonly insee: string;
  readonly savedAt: string;
  readonly savedBy: string;
  readonly document: DocumentPointer;
}

const ROW = "draft";
/** Conditional writes of the draft row tried before a save overwrites it unconditionally. */
const WRITE_ATTEMPTS = 3;

/**
 * Saves a commune's draft: the content goes to a new write-once blob, then the single draft row is
 * pointed at it. Concurrent saves: the last row write wins, and it always points to a whole document.
 * The row lists the documents it pointed at before (see `replacedDrafts`): each save deletes those
 * replaced over 15 s ago. The row is written on the ETag of the row read, so no save drops
 * another's entry; after a few conflicts it is overwritten all the same (a save never fails for
 * contention), which may leave a replaced document behind: such documents, and those whose deletion
 * failed, are deleted by a later save (`sweepDraftDocuments`, at most every 5 minutes per commune —
 * `now`, ms since the epoch, paces that — once they are `orphanAgeMs` old by storage's clock).
 */
export async function saveDraft(store: Store, insee: string, content: string, savedBy: string, savedAt: string, now = Date.now(), orphanAgeMs = ORPHAN_AGE_MS): Promise<DraftRecord> {
  const document = await putDocument(store, `drafts/${insee}/${savedAt.replace(/[:.]/g, "-")}-${randomUUID()}.json`, content);
  const table = store.table("drafts");
  let current = await readDraftRow(store, insee);
  for (let attempt = 1; ; attempt += 1) {
    const { kept, expired } = replacedDrafts(current?.replaced ?? [], current?.record.document.blobName, now);
    const sweepDue = current === undefined || now - current.sweptAt >= ORPHAN_AGE_MS;
    const entity = {
      partitionKey: insee,
      rowKey: ROW,
      savedAt,
      savedBy,
      documentBlob: document.blobName,
      documentSha256: document.sha256,
      documentSize: document.size,
      replaced: JSON.stringify(kept),
      sweptAt: sweepDue ? now : (current?.sweptAt ?? now),
    };
    try {
      if (attempt > WRITE_ATTEMPTS) await table.upsertEntity(entity, "Replace");
      else if (current?.etag) await table.updateEntity(entity, "Replace", { etag: current.etag });
      else await table.createEntity(entity);
    } catch (error) {
      // 404: the row was erased meanwhile (commune data erased): the save creates it anew.
      if (!isStatus(error, 412) && !isStatus(error, 409) && !isStatus(error, 404)) throw error;
      const next = await readDraftRow(store, insee);
      // Our write applied all the same (its answer lost, the SDK's retry refused) when the row names our
      // document, or lists it as replaced by a later save: then it is done, and must not be written again.
      const applied = next?.record.document.blobName === document.blobName || next?.replaced.some((entry) => entry.blob === document.blobName);
      if (!applied) {
        current = next;
        continue;
      }
    }
    const toDelete = expired.filter((blob) => blob !== document.blobName);
    await Promise.all(toDelete.map((blob) => store.documents.deleteBlob(blob, { abortSignal: storageDeadline() }).catch(() => undefined)));
    // At most every 5 minutes per commune, the documents no save accounts for any more are deleted:
    // those whose deletion just above failed, or that a save forgot (see above). The draft is saved
    // whatever the sweep meets.
    if (sweepDue) await sweepAfter(store, insee, document.blobName, kept, orphanAgeMs).catch(() => undefined);
    return { insee, savedAt, savedBy, document };
  }
}

/**
 * Sweeps the commune's orphaned draft documents, their age measured on storage's own clock (the
 * time it gave the document just written): a function host whose clock runs ahead cannot make a
 * save in flight look old.
 */
async function sweepAfter(store: Store, insee: string, written: string, kept: readonly ReplacedDraft[], orphanAgeMs: number): Promise<void> {
  const { lastModified } = await store.documents.getBlobClient(written).getProperties({ abortSignal: storageDeadline() });
  if (!lastModified) return;
  const referenced = new Set([written, ...kept.map((entry) => entry.blob)]);
  await sweepDraftDocuments(store, insee, referenced, new Date(lastModified.getTime() - orphanAgeMs));
}

/** The draft row of a commune, or undefined. */
export async function readDraftRecord(store: Store, insee: string): Promise<DraftRecord | undefined> {
  return (await readDraftRow(store, insee))?.record;
}

async function readDraftRow(store: Store, insee: string): Promise<{ record: DraftRecord; etag?: string; replaced: ReplacedDraft[]; sweptAt: number } | undefined> {
  try {
    const entity = await store.table("drafts").getEntity<Record<string, unknown>>(insee, ROW);
    const fields = entityFields(entity, `draft ${insee}`);
    return {
      record: { insee, savedAt: fields.text("savedAt"), savedBy: fields.text("savedBy"), document: fromPointerFields(fields, "document") },
      ...(entity.etag ? { etag: entity.etag } : {}),
      replaced: parseReplaced(entity.replaced),
      // A row written before sweeps existed: never swept.
      sweptAt: fields.optionalInteger("sweptAt") ?? 0,
    };
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}

/** The row's list of replaced documents (none for a row written before the list existed). */
function parseReplaced(value: unknown): ReplacedDraft[] {
  if (typeof value !== "string") return [];
  try {
    const entries: unknown = JSON.parse(value);
    if (!Array.isArray(entries)) return [];
    return entries.filter((entry): entry is ReplacedDraft => typeof entry?.blob === "string" && typeof entry?.at === "number");
  } catch {
    return [];
  }
}

/** Reads of a draft that a save replaced meanwhile, before giving up (each finds a newer draft). */
const READ_ATTEMPTS = 5;

/**
 * The draft's content, or undefined when there is none. The row is read, then the document it names
 * (write-once and hashed: whatever is read is one whole saved draft). Replaced documents are kept a
 * few seconds, so a save in between does not make it vanish; should one vanish all the same, the newer
 * row is read in turn, and a draft that keeps changing that way answers 503. A row whose own document
 * is gone (a lost draft) reads as no draft.
 */
export async function readDraft(store: Store, insee: string): Promise<{ record: DraftRecord; content: string } | undefined> {
  let record = await readDraftRecord(store, insee);
  for (let attempt = 0; record && attempt < READ_ATTEMPTS; attempt += 1) {
    try {
      return { record, content: (await getDocument(store, record.document)).toString("utf8") };
    } catch (error) {
      if (!isStatus(error, 404)) throw error;
      const next = await readDraftRecord(store, insee);
      // The row still names the missing document: the draft is lost (no concurrent save explains it).
      // It reads as no draft, so the add-in goes on from the sheet and its next save writes a new one.
      if (next?.document.blobName === record.document.blobName) return undefined;
      record = next;
    }
  }
  if (!record) return undefined;
  throw new StorageBusyError("Le brouillon change sans cesse (enregistrements simultanés) : réessayez dans quelques instants.");
}
