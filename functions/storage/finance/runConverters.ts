import type { TableEntityResult } from "@azure/data-tables";
import type { DocumentPointer } from "../documentPointer";
import type { RunRecord, RunStatus } from "./RunRecord";

/** Row key of the marker naming a year's published run (letters sort after run ids, which start with digits). */
export const PUBLISHED_ROW = "published";

/** The shape of run ids: creation instant, then 8 random hex digits. */
export const RUN_ID = /^\d{8}T\d{9}Z-[0-9a-f]{8}$/;

/** A run id for a creation instant: `2025-03-01T09:00:00.000Z` → `20250301T090000000Z-<8 hex>`. */
export const toRunId = (createdAt: string, random: string) => `${createdAt.replace(/[-:.]/g, "")}-${random}`;

const pointerFields = (prefix: string, pointer: DocumentPointer) => ({
  [`${prefix}Blob`]: pointer.blobName,
  [`${prefix}Sha256`]: pointer.sha256,
  [`${prefix}Size`]: pointer.size,
});

const pointerOf = (entity: Record<string, unknown>, prefix: string): DocumentPointer => ({
  blobName: String(entity[`${prefix}Blob`]),
  sha256: String(entity[`${prefix}Sha256`]),
  size: Number(entity[`${prefix}Size`]),
});

/** A run record as a table entity (partition = the year, row = the run id). */
export function toRunEntity(record: RunRecord) {
  return {
    partitionKey: String(record.year),
    rowKey: record.runId,
    status: record.status,
    cutoff: record.cutoff,
    createdAt: record.createdAt,
    createdBy: record.createdBy,
    ...(record.publishedAt ? { publishedAt: record.publishedAt } : {}),
    ...(record.publishedBy ? { publishedBy: record.publishedBy } : {}),
    costItemsSha256: record.costItemsSha256,
    ...pointerFields("snapshot", record.snapshot),
    ...pointerFields("result", record.result),
  };
}

/** A table entity back to a run record (with its ETag). */
export function fromRunEntity(entity: TableEntityResult<Record<string, unknown>>): RunRecord {
  const text = (key: string) => (typeof entity[key] === "string" ? (entity[key] as string) : undefined);
  return {
    year: Number(entity.partitionKey),
    runId: String(entity.rowKey),
    status: text("status") === "publie" ? "publie" : ("calcule" satisfies RunStatus),
    cutoff: text("cutoff") ?? "",
    createdAt: text("createdAt") ?? "",
    createdBy: text("createdBy") ?? "",
    ...(text("publishedAt") ? { publishedAt: text("publishedAt") } : {}),
    ...(text("publishedBy") ? { publishedBy: text("publishedBy") } : {}),
    costItemsSha256: text("costItemsSha256") ?? "",
    snapshot: pointerOf(entity, "snapshot"),
    result: pointerOf(entity, "result"),
    ...(entity.etag ? { etag: entity.etag } : {}),
  };
}
