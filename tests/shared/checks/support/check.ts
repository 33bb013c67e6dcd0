import type { CheckContext } from "../../../../shared/checks/checkContext";
import type { Finding } from "../../../../shared/checks/finding";
import type { Rule } from "../../../../shared/checks/rule";
import { runChecks, type CheckOptions, type CheckReport } from "../../../../shared/checks/runChecks";
import type { Submission } from "../../../../shared/inventory/submissionSchema";
import { TODAY } from "./aCompleteSubmission";
import { fakeLocate } from "./fakeLocate";

/** Runs every check as of {@link TODAY} with the fake locator. */
export function check(submission: Submission, options: Partial<CheckOptions> = {}): CheckReport {
  return runChecks(submission, { today: TODAY, locate: fakeLocate, ...options });
}

/** Runs one rule alone as of {@link TODAY} (6 months of validity, fake locator). */
export function findingsOf(rule: Rule, submission: Submission, context: Partial<Omit<CheckContext, "submission">> = {}): Finding[] {
  return rule.check({ submission, today: TODAY, maxAgeMonths: 6, locate: fakeLocate, ...context });
}

/** The short form of findings tests compare: rule, row and cell. */
export function summarise(findings: readonly Finding[]): { ruleId: string; rowId?: string; cell?: string }[] {
  return findings.map(({ ruleId, rowId, cell }) => ({ ruleId, ...(rowId === undefined ? {} : { rowId }), ...(cell === undefined ? {} : { cell }) }));
}
