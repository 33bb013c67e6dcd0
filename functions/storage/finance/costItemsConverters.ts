import type { TableEntityResult } from "@azure/data-tables";
import type { CostItemsRecord } from "./CostItemsRecord";

/** Row key of a year's single cost-items row (partition = the year). */
export const COST_ITEMS_ROW = "current";

/** A cost-items record as a table entity. */
export function toCostItemsEntity(record: CostItemsRecord) {
  return {
    partitionKey: String(record.year),
    rowKey: COST_ITEMS_ROW,
    savedAt: record.savedAt,
    savedBy: record.savedBy,
    documentBlob: record.document.blobName,
    documentSha256: record.document.sha256,
    documentSize: record.document.size,
  };
}

/** A table entity back to a cost-items record (with its ETag). */
export function fromCostItemsEntity(entity: TableEntityResult<Record<string, unknown>>): CostItemsRecord {
  return {
    year: Number(entity.partitionKey),
    savedAt: String(entity.savedAt),
    savedBy: String(entity.savedBy),
    document: { blobName: String(entity.documentBlob), sha256: String(entity.documentSha256), size: Number(entity.documentSize) },
    ...(entity.etag ? { etag: entity.etag } : {}),
  };
}
