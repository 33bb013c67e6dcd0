import type { TableEntityResult } from "@azure/data-tables";
import { fromPointerFields, toPointerFields } from "../documentPointer";
import { entityFields } from "../entityFields";
import { METROPOLE_DOSSIER } from "./metropoleDossier";
import type { YearDocumentRecord } from "./YearDocumentRecord";

/** A year document's record as a row of the Métropole's dossier (the current pointer, or a kept version). */
export function toYearDocumentEntity(rowKey: string, record: YearDocumentRecord) {
  return {
    partitionKey: METROPOLE_DOSSIER,
    rowKey,
    year: record.year,
    savedAt: record.savedAt,
    savedBy: record.savedBy,
    ...toPointerFields("document", record.document),
  };
}

/** A table entity back to a year document's record (with its ETag). */
export function fromYearDocumentEntity(entity: TableEntityResult<Record<string, unknown>>): YearDocumentRecord {
  const fields = entityFields(entity, `year document ${String(entity.rowKey)}`);
  return {
    year: fields.integer("year"),
    savedAt: fields.text("savedAt"),
    savedBy: fields.text("savedBy"),
    document: fromPointerFields(fields, "document"),
    ...(entity.etag ? { etag: entity.etag } : {}),
  };
}
