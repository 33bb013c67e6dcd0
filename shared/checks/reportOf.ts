import type { Finding } from "./finding";
import { oneFindingPerCell } from "./oneFindingPerCell";
import type { CheckReport } from "./runChecks";

/**
 * The report of findings listed in order of precedence (the sheet reader's, then the rules' in
 * their order): one finding per cell (`oneFindingPerCell`), counted; `ok` when none is an error.
 */
export function reportOf(findings: readonly Finding[]): CheckReport {
  const kept = oneFindingPerCell(findings);
  const errorCount = kept.filter((finding) => finding.severity === "error").length;
  return { findings: kept, errorCount, warningCount: kept.length - errorCount, ok: errorCount === 0 };
}
