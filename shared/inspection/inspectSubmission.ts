import { runChecks, type CheckReport } from "../checks/runChecks";
import type { Submission } from "../inventory/submissionSchema";
import { locatorFor } from "./locatorFor";

/**
 * Runs every check of PRODUCT.md §3 on a submission, with cell addresses in the sheet that renders
 * it (the add-in's instant feedback and the API's authoritative verdict use this same function).
 */
export function inspectSubmission(submission: Submission, options: { today: string; maxAgeMonths?: number }): CheckReport {
  return runChecks(submission, { today: options.today, locate: locatorFor(submission), ...(options.maxAgeMonths !== undefined ? { maxAgeMonths: options.maxAgeMonths } : {}) });
}
