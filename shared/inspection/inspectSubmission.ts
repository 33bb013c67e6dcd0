import { runChecks, type CheckOptions, type CheckReport } from "../checks/runChecks";
import type { Submission } from "../inventory/submissionSchema";
import { locatorFor } from "./locatorFor";

/**
 * Runs every check of PRODUCT.md §3 on a submission, with cell addresses in the sheet that renders
 * it (the add-in's instant feedback and the API's authoritative verdict use this same function).
 */
export function inspectSubmission(submission: Submission, options: Omit<CheckOptions, "locate">): CheckReport {
  return runChecks(submission, { ...options, locate: locatorFor(submission) });
}
