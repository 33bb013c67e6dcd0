import type { TableEntityResult } from "@azure/data-tables";
import type { DocumentPointer } from "../documentPointer";
import { DOSSIER_ROWS } from "../dossier/dossierRows";
import { METROPOLE_DOSSIER } from "./metropoleDossier";
import type { RunRecord, RunStatus } from "./RunRecord";

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

/** A run record as a row of the Métropole's dossier. */
export function toRunEntity(record: RunRecord) {
  return {
    partitionKey: METROPOLE_DOSSIER,
    rowKey: DOSSIER_ROWS.run(record.year, record.runId),
    year: record.year,
    runId: record.runId,
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
    year: Number(entity.year),
    runId: text("runId") ?? "",
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

/** The marker row naming a year's published run: one per year, created with the publication. */
export function toPublishedEntity(run: Pick<RunRecord, "year" | "runId">, publishedAt: string) {
  return { partitionKey: METROPOLE_DOSSIER, rowKey: DOSSIER_ROWS.published(run.year), year: run.year, runId: run.runId, publishedAt };
}

/** A published marker back to the run it names. */
export function fromPublishedEntity(entity: TableEntityResult<Record<string, unknown>>): { readonly year: number; readonly runId: string } {
  return { year: Number(entity.year), runId: String(entity.runId) };
}
