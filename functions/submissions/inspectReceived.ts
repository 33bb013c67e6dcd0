import { reportOf } from "../../shared/checks/reportOf";
import type { CheckReport } from "../../shared/checks/runChecks";
import { inspectSubmission } from "../../shared/inspection/inspectSubmission";
import type { Services } from "../services/services";
import { inspectionOptions } from "./inspectionOptions";
import type { ReceivedSubmission } from "./readSubmissionBody";

/**
 * Every check on a received submission at `now`, with what the sheet parser could not read (an
 * uploaded workbook) first. The findings of a workbook name its cells where they are in the file
 * (rows may have moved); a cell the file lacks (a deleted row) has no address, the parser's
 * `parse.missingRow` warning saying the row is missing. `expectedInsee`: the commune the file must
 * be about, when the caller may only file for its own.
 */
export function inspectReceived(services: Services, received: ReceivedSubmission, now: Date, expectedInsee?: string): CheckReport {
  const report = inspectSubmission(received.submission, { ...inspectionOptions(services, now, expectedInsee), ...(received.locate ? { locate: received.locate } : {}) });
  // The reader's finding at a cell first (a count typed in words): the rules' one at the same cell is dropped.
  return reportOf([...received.parseFindings, ...report.findings]);
}
