import { randomUUID } from "node:crypto";
import type { CostItemsDocument } from "../../../shared/finance/CostItemsDocument";
import { assertWithinEntityLimits } from "../entityLimits";
import { getJsonDocument } from "../getDocument";
import { isStatus } from "../isStatus";
import { putDocument } from "../putDocument";
import type { Store } from "../store";
import { COST_ITEMS_ROW, fromCostItemsEntity, toCostItemsEntity } from "./costItemsConverters";
import type { CostItemsRecord } from "./CostItemsRecord";

/** The pointer row of a year's cost items, or undefined when none were entered. */
export async function readCostItemsRecord(store: Store, year: number): Promise<CostItemsRecord | undefined> {
  try {
    return fromCostItemsEntity(await store.table("costitems").getEntity(String(year), COST_ITEMS_ROW));
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

/**
 * Replaces a year's cost items as a whole: the document goes to a new write-once blob (earlier ones
 * stay, as the audit trail refers to their SHA-256), then the row is pointed at it — only if it is
 * still at `ifMatch` when given (false otherwise: someone saved in between, or nothing was there).
 */
export async function saveCostItems(
  store: Store,
  save: { year: number; document: CostItemsDocument; savedBy: string; savedAt: string },
  ifMatch?: string,
): Promise<CostItemsRecord | false> {
  const blobName = `costitems/${save.year}/${save.savedAt.replace(/[:.]/g, "-")}-${randomUUID()}.json`;
  const pointer = await putDocument(store, blobName, JSON.stringify(save.document));
  const record: CostItemsRecord = { year: save.year, savedAt: save.savedAt, savedBy: save.savedBy, document: pointer };
  const entity = toCostItemsEntity(record);
  assertWithinEntityLimits(entity);
  const table = store.table("costitems");
  try {
    const written = ifMatch === undefined ? await table.upsertEntity(entity, "Replace") : await table.updateEntity(entity, "Replace", { etag: ifMatch });
    return { ...record, ...(written.etag ? { etag: written.etag } : {}) };
  } catch (error) {
    if (ifMatch === undefined || !(isStatus(error, 412) || isStatus(error, 404))) throw error;
    // Nobody points at the document: drop it (best effort).
    await store.documents.deleteBlob(blobName).catch(() => undefined);
    return false;
  }
}
