import { STATUS_LABELS } from "../../shared/adhesion/submissionStatus";
import type { SubmissionRecord } from "../storage/submissions/submissionRecord";

/** A version as the API shows it in lists and answers (no storage details). */
export function submissionSummary(record: SubmissionRecord) {
  return {
    insee: record.insee,
    communeName: record.communeName,
    version: record.version,
    status: record.status,
    statusLabel: STATUS_LABELS[record.status],
    sets: record.sets,
    domains: record.domains,
    etatDesLieux: record.etatDesLieux,
    templateVersion: record.templateVersion,
    source: record.source,
    submittedAt: record.submittedAt,
    submittedBy: record.submittedBy,
    warningCount: record.warningCount,
    sha256: record.document.sha256,
    ...(record.decision ? { decision: record.decision } : {}),
    ...(record.etag ? { etag: record.etag } : {}),
  };
}
