import type { TransactionAction } from "@azure/data-tables";
import { randomUUID } from "node:crypto";
import type { CostItemsDocument } from "../../../shared/finance/CostItemsDocument";
import type { AuditRecord } from "../audit/auditEntry";
import { commitToDossier } from "../dossier/commitToDossier";
import { DOSSIER_ROWS } from "../dossier/dossierRows";
import { getJsonDocument } from "../getDocument";
import { isStatus } from "../isStatus";
import { putDocument } from "../putDocument";
import { storageDeadline } from "../storageDeadline";
import type { Store } from "../store";
import { fromCostItemsEntity, toCostItemsEntity } from "./costItemsConverters";
import type { CostItemsRecord } from "./CostItemsRecord";
import { METROPOLE_DOSSIER } from "./metropoleDossier";

/** The pointer row of a year's cost items, or undefined when none were entered. */
export async function readCostItemsRecord(store: Store, year: number): Promise<CostItemsRecord | undefined> {
  try {
    return fromCostItemsEntity(await store.table("dossiers").getEntity(METROPOLE_DOSSIER, DOSSIER_ROWS.costItems(year)));
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}

/** A year's cost items: the pointer row and the document it points to (SHA-256 checked), or undefined. */
export async function readCostItems(store: Store, year: number): Promise<{ record: CostItemsRecord; document: CostItemsDocument } | undefined> {
  const record = await readCostItemsRecord(store, year);
  return record && { record, document: await getJsonDocument<CostItemsDocument>(store, record.document) };
}

/** Cost items as saved (with their new ETag), and the ones they replaced (none for a year's first save). */
export interface SavedCostItems {
  readonly record: CostItemsRecord;
  readonly previous?: CostItemsRecord;
}

/**
 * Saves a year's cost items as a whole: the document goes to a new write-once blob (earlier ones
 * stay, as the audit trail refers to their SHA-256), then the row is pointed at it together with
 * the audit entry `audit` gives, in one transaction of the Métropole's dossier. With `ifMatch`, it
 * replaces the row only if it is still at that version ("changed" otherwise: someone saved in
 * between, or nothing was there); without, it only creates the year's first cost items ("exists"
 * when there are some: replacing them needs the version read). The replaced row is read within the
 * commit, so the audit names exactly the version replaced.
 */
export async function saveCostItems(
  store: Store,
  save: { year: number; document: CostItemsDocument; savedBy: string; savedAt: string },
  audit: (saved: CostItemsRecord, previous: CostItemsRecord | undefined) => Omit<AuditRecord, "chain">,
  ifMatch?: string,
): Promise<SavedCostItems | "changed" | "exists"> {
  const blobName = `costitems/${save.year}/${save.savedAt.replace(/[:.]/g, "-")}-${randomUUID()}.json`;
  const pointer = await putDocument(store, blobName, JSON.stringify(save.document));
  const record: CostItemsRecord = { year: save.year, savedAt: save.savedAt, savedBy: save.savedBy, document: pointer };
  const entity = toCostItemsEntity(record);
  let previous: CostItemsRecord | undefined;
  try {
    const result = await commitToDossier(store, METROPOLE_DOSSIER, async () => {
      previous = await readCostItemsRecord(store, save.year);
      const action: TransactionAction = ifMatch === undefined ? ["create", entity] : ["update", entity, "Replace", { etag: ifMatch }];
      return { actions: [action], audit: audit(record, previous) };
    });
    // A commit recognised after a lost answer may not know its rows' ETags: read the row back (ours when it names our document).
    const etag = (result.committed ? result.etags.get(entity.rowKey) : undefined) ?? (await etagOfOwnRow(store, save.year, pointer.blobName));
    return { record: { ...record, ...(etag ? { etag } : {}) }, ...(previous ? { previous } : {}) };
  } catch (error) {
    // 400: an If-Match storage cannot read as an ETag — no version it could match.
    const refused = ifMatch === undefined ? isStatus(error, 409) && "exists" : (isStatus(error, 412) || isStatus(error, 404) || isStatus(error, 400)) && "changed";
    if (!refused) throw error;
    // Nobody points at the document: drop it (best effort).
    await store.documents.deleteBlob(blobName, { abortSignal: storageDeadline() }).catch(() => undefined);
    return refused;
  }
}

/** The ETag of the year's row if it still names this document (undefined when another save replaced it since). */
async function etagOfOwnRow(store: Store, year: number, blobName: string): Promise<string | undefined> {
  const row = await readCostItemsRecord(store, year);
  return row?.document.blobName === blobName ? row.etag : undefined;
}
