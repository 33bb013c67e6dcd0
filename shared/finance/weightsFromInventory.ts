import { APPLICATION_SECTIONS } from "../inventory/applicationSections";
import type { Submission } from "../inventory/submissionSchema";

const TOTALS = { postes: "reseau.totalPostes", agents: "reseau.totalAgents", sites: "reseau.totalSites" } as const;

/**
 * A commune's figures for the distribution keys, read from its description organique: `postes`,
 * `agents` and `sites` from the totals rows, and `users:<d>` = Σ user counts of the application
 * section of domain d. Blank rows are ignored (blank is not 0); a figure whose rows are all blank is
 * absent, so a domain appears only when at least one of its rows is answered.
 */
export function weightsFromInventory(submission: Submission): Record<string, number> {
  const { answers } = submission.inventory;
  const weights: Record<string, number> = {};
  for (const [name, rowId] of Object.entries(TOTALS)) {
    const quantity = answers[rowId]?.quantity;
    if (quantity !== undefined) weights[name] = quantity;
  }
  for (const section of APPLICATION_SECTIONS) {
    const counts = section.rows.flatMap((row) => answers[row.id]?.quantity ?? []);
    if (section.domain !== undefined && counts.length > 0) weights[`users:${section.domain}`] = counts.reduce((sum, count) => sum + count, 0);
  }
  return weights;
}
