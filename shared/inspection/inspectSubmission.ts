import { runChecks, type CheckOptions, type CheckReport } from "../checks/runChecks";
import type { CellLocator } from "../inventory/cellRef";
import type { Submission } from "../inventory/submissionSchema";
import { locatorFor } from "./locatorFor";

/** How to inspect a submission: the check options, with the locator of the sheet it was read from if any. */
export type InspectionOptions = Omit<CheckOptions, "locate"> & {
  /**
   * Where the cells are in the sheet the submission was read from (`readSheet(…).locate`), so
   * findings name the cells of that sheet even when its rows moved. Without it, the cells of the
   * sheet that renders the submission (a JSON submission, a stored version).
   */
  readonly locate?: CellLocator;
};

/**
 * Runs every check of PRODUCT.md §3 on a submission, with cell addresses in the sheet it was read
 * from, or else in the sheet that renders it (the add-in's instant feedback and the API's
 * authoritative verdict use this same function).
 */
export function inspectSubmission(submission: Submission, options: InspectionOptions): CheckReport {
  return runChecks(submission, { ...options, locate: options.locate ?? locatorFor(submission) });
}
