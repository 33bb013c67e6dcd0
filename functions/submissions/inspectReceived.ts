import type { CheckReport } from "../../shared/checks/runChecks";
import { inspectSubmission } from "../../shared/inspection/inspectSubmission";
import type { Services } from "../services/services";
import { inspectionOptions } from "./inspectionOptions";
import type { ReceivedSubmission } from "./readSubmissionBody";

/** Every check on a received submission at `now`, with what the sheet parser could not read (an uploaded workbook) first. */
export function inspectReceived(services: Services, received: ReceivedSubmission, now: Date): CheckReport {
  const report = inspectSubmission(received.submission, inspectionOptions(services, now));
  const findings = [...received.parseFindings, ...report.findings];
  const errorCount = findings.filter((finding) => finding.severity === "error").length;
  return { findings, errorCount, warningCount: findings.length - errorCount, ok: errorCount === 0 };
}
