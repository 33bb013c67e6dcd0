import { DOSSIER_ROWS } from "../dossier/dossierRows";
import type { TableEntityResult } from "@azure/data-tables";
import { z } from "zod";
import { SUBMISSION_STATUSES, type SubmissionStatus } from "../../../shared/adhesion/submissionStatus";
import { RETURN_REASONS, type ReturnReason } from "../../../shared/adhesion/decision";
import { fromOptionalPointerFields, fromPointerFields, toPointerFields } from "../documentPointer";
import { entityFields } from "../entityFields";
import type { DecisionRecord, SubmissionRecord } from "./submissionRecord";

/** Row key of a version: `v000001`, sorting in version order. */
export const versionRowKey = DOSSIER_ROWS.version;

/** A submission record as a table entity (partition = INSEE code). */
export function toSubmissionEntity(record: SubmissionRecord) {
  const { decision, original } = record;
  return {
    partitionKey: record.insee,
    rowKey: versionRowKey(record.version),
    version: record.version,
    status: record.status,
    communeName: record.communeName,
    sets: JSON.stringify(record.sets),
    domains: JSON.stringify(record.domains),
    etatDesLieux: record.etatDesLieux ?? "",
    templateVersion: record.templateVersion,
    source: record.source,
    submittedAt: record.submittedAt,
    submittedBy: record.submittedBy,
    errorCount: record.errorCount,
    warningCount: record.warningCount,
    ...toPointerFields("document", record.document),
    ...(record.requestKey ? { requestKey: record.requestKey } : {}),
    ...(original ? toPointerFields("original", original) : {}),
    ...(decision
      ? {
          decisionKind: decision.kind,
          decidedAt: decision.decidedAt,
          decidedBy: decision.decidedBy,
          ...(decision.effectiveFrom ? { effectiveFrom: decision.effectiveFrom } : {}),
          ...(decision.reason ? { reason: decision.reason } : {}),
          ...(decision.comment ? { comment: decision.comment } : {}),
        }
      : {}),
  };
}

const sets = z.array(z.enum(["A", "B", "C"]));
const domains = z.array(z.number().int().min(1).max(16));

/** A table entity back to a submission record (with its ETag); a field not as written makes the row unreadable. */
export function fromSubmissionEntity(entity: TableEntityResult<Record<string, unknown>>): SubmissionRecord {
  const fields = entityFields(entity, `version ${String(entity.partitionKey)}/${String(entity.rowKey)}`);
  const kind = fields.optionalText("decisionKind") === undefined ? undefined : fields.oneOf<DecisionRecord["kind"]>("decisionKind", ["validate", "return"]);
  const effectiveFrom = fields.optionalText("effectiveFrom");
  const comment = fields.optionalText("comment");
  const decision: DecisionRecord | undefined = kind && {
    kind,
    decidedAt: fields.text("decidedAt"),
    decidedBy: fields.text("decidedBy"),
    ...(effectiveFrom ? { effectiveFrom } : {}),
    ...(fields.optionalText("reason") !== undefined ? { reason: fields.oneOf<ReturnReason>("reason", RETURN_REASONS) } : {}),
    ...(comment ? { comment } : {}),
  };
  const original = fromOptionalPointerFields(fields, "original");
  const requestKey = fields.optionalText("requestKey");
  return {
    insee: String(entity.partitionKey),
    version: fields.integer("version"),
    status: fields.oneOf<SubmissionStatus>("status", SUBMISSION_STATUSES),
    communeName: fields.text("communeName"),
    sets: fields.json("sets", sets),
    domains: fields.json("domains", domains),
    // Written "" when there is no date (a table row holds no null).
    etatDesLieux: fields.optionalText("etatDesLieux") || null,
    templateVersion: fields.text("templateVersion"),
    source: fields.oneOf("source", ["json", "xlsx"] as const),
    submittedAt: fields.text("submittedAt"),
    submittedBy: fields.text("submittedBy"),
    errorCount: fields.integer("errorCount"),
    warningCount: fields.integer("warningCount"),
    document: fromPointerFields(fields, "document"),
    ...(original ? { original } : {}),
    ...(decision ? { decision } : {}),
    ...(requestKey ? { requestKey } : {}),
    etag: entity.etag,
  };
}
