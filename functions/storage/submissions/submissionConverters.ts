import { DOSSIER_ROWS } from "../dossier/dossierRows";
import type { TableEntityResult } from "@azure/data-tables";
import type { SubmissionStatus } from "../../../shared/adhesion/submissionStatus";
import type { ReturnReason } from "../../../shared/adhesion/decision";
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
    documentBlob: record.document.blobName,
    documentSha256: record.document.sha256,
    documentSize: record.document.size,
    ...(record.requestKey ? { requestKey: record.requestKey } : {}),
    ...(original ? { originalBlob: original.blobName, originalSha256: original.sha256, originalSize: original.size } : {}),
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

/** A table entity back to a submission record (with its ETag). */
export function fromSubmissionEntity(entity: TableEntityResult<Record<string, unknown>>): SubmissionRecord {
  const text = (key: string) => (typeof entity[key] === "string" ? (entity[key] as string) : undefined);
  const number = (key: string) => Number(entity[key] ?? 0);
  const decision: DecisionRecord | undefined = text("decisionKind")
    ? {
        kind: text("decisionKind") as DecisionRecord["kind"],
        decidedAt: text("decidedAt") ?? "",
        decidedBy: text("decidedBy") ?? "",
        ...(text("effectiveFrom") ? { effectiveFrom: text("effectiveFrom") } : {}),
        ...(text("reason") ? { reason: text("reason") as ReturnReason } : {}),
        ...(text("comment") ? { comment: text("comment") } : {}),
      }
    : undefined;
  const originalBlob = text("originalBlob");
  return {
    insee: String(entity.partitionKey),
    version: number("version"),
    status: text("status") as SubmissionStatus,
    communeName: text("communeName") ?? "",
    sets: JSON.parse(text("sets") ?? "[]") as string[],
    domains: JSON.parse(text("domains") ?? "[]") as number[],
    etatDesLieux: text("etatDesLieux") || null,
    templateVersion: text("templateVersion") ?? "",
    source: text("source") === "xlsx" ? "xlsx" : "json",
    submittedAt: text("submittedAt") ?? "",
    submittedBy: text("submittedBy") ?? "",
    errorCount: number("errorCount"),
    warningCount: number("warningCount"),
    document: { blobName: text("documentBlob") ?? "", sha256: text("documentSha256") ?? "", size: number("documentSize") },
    ...(originalBlob ? { original: { blobName: originalBlob, sha256: text("originalSha256") ?? "", size: number("originalSize") } } : {}),
    ...(decision ? { decision } : {}),
    ...(text("requestKey") ? { requestKey: text("requestKey") } : {}),
    etag: entity.etag,
  };
}
