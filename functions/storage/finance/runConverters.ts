import type { TableEntityResult } from "@azure/data-tables";
import { z } from "zod";
import { runWarningSchema } from "../../../shared/finance/runWarnings";
import { fromPointerFields, toPointerFields } from "../documentPointer";
import { entityFields } from "../entityFields";
import { DOSSIER_ROWS } from "../dossier/dossierRows";
import { METROPOLE_DOSSIER } from "./metropoleDossier";
import type { RunRecord, RunStatus } from "./RunRecord";

/** The shape of run ids: creation instant, then 8 random hex digits. */
export const RUN_ID = /^\d{8}T\d{9}Z-[0-9a-f]{8}$/;

/** A run id for a creation instant: `2025-03-01T09:00:00.000Z` → `20250301T090000000Z-<8 hex>`. */
export const toRunId = (createdAt: string, random: string) => `${createdAt.replace(/[-:.]/g, "")}-${random}`;


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
    fullYear: record.fullYear,
    warnings: JSON.stringify(record.warnings),
    ...(record.corrects ? { corrects: record.corrects, correctionReason: record.correctionReason ?? "" } : {}),
    ...(record.replacedBy ? { replacedBy: record.replacedBy, replacedAt: record.replacedAt ?? "" } : {}),
    ...toPointerFields("snapshot", record.snapshot),
    ...toPointerFields("result", record.result),
  };
}

/** A table entity back to a run record (with its ETag). */
export function fromRunEntity(entity: TableEntityResult<Record<string, unknown>>): RunRecord {
  const fields = entityFields(entity, `run ${String(entity.rowKey)}`);
  const optional = (key: string) => fields.optionalText(key);
  const [publishedAt, publishedBy, corrects, correctionReason, replacedBy, replacedAt] = ["publishedAt", "publishedBy", "corrects", "correctionReason", "replacedBy", "replacedAt"].map(optional);
  return {
    year: fields.integer("year"),
    runId: fields.text("runId"),
    status: fields.oneOf<RunStatus>("status", ["calcule", "publie", "remplace"]),
    cutoff: fields.text("cutoff"),
    // Runs recorded before these fields existed: a year's own run, without warnings.
    fullYear: fields.optionalBoolean("fullYear") ?? false,
    createdAt: fields.text("createdAt"),
    createdBy: fields.text("createdBy"),
    ...(publishedAt ? { publishedAt } : {}),
    ...(publishedBy ? { publishedBy } : {}),
    costItemsSha256: fields.text("costItemsSha256"),
    warnings: fields.optionalText("warnings") === undefined ? [] : fields.json("warnings", z.array(runWarningSchema)),
    ...(corrects ? { corrects, correctionReason: correctionReason ?? "" } : {}),
    ...(replacedBy ? { replacedBy, replacedAt: replacedAt ?? "" } : {}),
    snapshot: fromPointerFields(fields, "snapshot"),
    result: fromPointerFields(fields, "result"),
    ...(entity.etag ? { etag: entity.etag } : {}),
  };
}

/** The marker row naming a year's published run: one per year, created with the publication. */
export function toPublishedEntity(run: Pick<RunRecord, "year" | "runId">, publishedAt: string) {
  return { partitionKey: METROPOLE_DOSSIER, rowKey: DOSSIER_ROWS.published(run.year), year: run.year, runId: run.runId, publishedAt };
}

/** A published marker back to the run it names. */
export function fromPublishedEntity(entity: TableEntityResult<Record<string, unknown>>): { readonly year: number; readonly runId: string } {
  const fields = entityFields(entity, `publication ${String(entity.rowKey)}`);
  return { year: fields.integer("year"), runId: fields.text("runId") };
}
