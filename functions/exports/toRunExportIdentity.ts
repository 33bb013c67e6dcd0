import { todayInParis } from "../../shared/calendar/todayInParis";
import type { RunExportIdentity } from "../../shared/exports/RunExport";
import { RUN_STATUS_LABELS, type RunRecord } from "../storage/finance/RunRecord";

/** What an export says about a stored run: id, cut-off, status, and what it replaces or what replaced it (day in Paris). */
export function toRunExportIdentity(run: RunRecord): RunExportIdentity {
  return {
    runId: run.runId,
    cutoff: run.cutoff,
    status: run.status,
    statusLabel: RUN_STATUS_LABELS[run.status],
    fullYear: run.fullYear,
    ...(run.corrects ? { corrects: { runId: run.corrects, reason: run.correctionReason ?? "" } } : {}),
    ...(run.replacedBy ? { replacedBy: { runId: run.replacedBy, on: todayInParis(new Date(run.replacedAt ?? run.createdAt)) } } : {}),
  };
}
