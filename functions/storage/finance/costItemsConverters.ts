import type { TableEntityResult } from "@azure/data-tables";
import { fromPointerFields, toPointerFields } from "../documentPointer";
import { DOSSIER_ROWS } from "../dossier/dossierRows";
import { entityFields } from "../entityFields";
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
    ...toPointerFields("document", record.document),
  };
}

/** A table entity back to a cost-items record (with its ETag). */
export function fromCostItemsEntity(entity: TableEntityResult<Record<string, unknown>>): CostItemsRecord {
  const fields = entityFields(entity, `cost items ${String(entity.rowKey)}`);
  return {
    year: fields.integer("year"),
    savedAt: fields.text("savedAt"),
    savedBy: fields.text("savedBy"),
    document: fromPointerFields(fields, "document"),
    ...(entity.etag ? { etag: entity.etag } : {}),
  };
}
