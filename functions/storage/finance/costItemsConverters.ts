import type { TableEntityResult } from "@azure/data-tables";
import { DOSSIER_ROWS } from "../dossier/dossierRows";
import type { CostItemsRecord } from "./CostItemsRecord";
import { METROPOLE_DOSSIER } from "./metropoleDossier";

/** A cost-items record as a row of the Métropole's dossier (one row per year). */
export function toCostItemsEntity(record: CostItemsRecord) {
  return {
    partitionKey: METROPOLE_DOSSIER,
    rowKey: DOSSIER_ROWS.costItems(record.year),
    year: record.year,
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
    year: Number(entity.year),
    savedAt: String(entity.savedAt),
    savedBy: String(entity.savedBy),
    document: { blobName: String(entity.documentBlob), sha256: String(entity.documentSha256), size: Number(entity.documentSize) },
    ...(entity.etag ? { etag: entity.etag } : {}),
  };
}
