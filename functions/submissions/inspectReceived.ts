import type { CheckReport } from "../../shared/checks/runChecks";
import { inspectSubmission } from "../../shared/inspection/inspectSubmission";
import type { Services } from "../services/services";
import { inspectionOptions } from "./inspectionOptions";
import type { ReceivedSubmission } from "./readSubmissionBody";

/**
 * Every check on a received submission at `now`, with what the sheet parser could not read (an
 * uploaded workbook) first. The findings of a workbook name its cells where they are in the file
 * (rows may have moved); a cell the file lacks (a deleted row) has no address, the parser's
 * `parse.missingRow` warning saying the row is missing.
 */
export function inspectReceived(services: Services, received: ReceivedSubmission, now: Date): CheckReport {
  const report = inspectSubmission(received.submission, { ...inspectionOptions(services, now), ...(received.locate ? { locate: received.locate } : {}) });
  const findings = [...received.parseFindings, ...report.findings];
  const errorCount = findings.filter((finding) => finding.severity === "error").length;
  return { findings, errorCount, warningCount: findings.length - errorCount, ok: errorCount === 0 };
}
