import { RUN_STATUS_LABELS, type RunRecord } from "../storage/finance/RunRecord";

/** A run as the API shows it (no storage details but the documents' fingerprints). */
export function runSummary(run: RunRecord) {
  return {
    year: run.year,
    runId: run.runId,
    status: run.status,
    statusLabel: RUN_STATUS_LABELS[run.status],
    cutoff: run.cutoff,
    fullYear: run.fullYear,
    createdAt: run.createdAt,
    createdBy: run.createdBy,
    ...(run.publishedAt ? { publishedAt: run.publishedAt, publishedBy: run.publishedBy } : {}),
    costItemsSha256: run.costItemsSha256,
    warnings: run.warnings,
    ...(run.corrects ? { corrects: run.corrects, correctionReason: run.correctionReason } : {}),
    ...(run.replacedBy ? { replacedBy: run.replacedBy, replacedAt: run.replacedAt } : {}),
    snapshot: { sha256: run.snapshot.sha256, size: run.snapshot.size },
    result: { sha256: run.result.sha256, size: run.result.size },
    ...(run.etag ? { etag: run.etag } : {}),
  };
}
