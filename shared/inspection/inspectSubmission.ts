import { runChecks, type CheckReport } from "../checks/runChecks";
import type { Submission } from "../inventory/submissionSchema";
import { layoutForSubmission } from "../layout/layoutForSubmission";
import { locateCell } from "../layout/locateCell";

/**
 * Runs every check of PRODUCT.md §3 on a submission, with cell addresses in the sheet that renders
 * it (the add-in's instant feedback and the API's authoritative verdict use this same function).
 */
export function inspectSubmission(submission: Submission, options: { today: string; maxAgeMonths?: number }): CheckReport {
  const locate = locateCell(layoutForSubmission(submission));
  return runChecks(submission, { today: options.today, locate, ...(options.maxAgeMonths !== undefined ? { maxAgeMonths: options.maxAgeMonths } : {}) });
}
