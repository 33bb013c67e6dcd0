import { APPLICATION_SECTIONS } from "../../inventory/applicationSections";
import { NETWORK_SECTION } from "../../inventory/infrastructureSections";
import type { Submission } from "../../inventory/submissionSchema";
import { layoutForSubmission } from "../../layout/layoutForSubmission";
import { locateCell } from "../../layout/locateCell";
import type { FigureCell } from "../AdhesionEstimate";

const TOTAL_ROWS: Readonly<Record<string, string>> = { postes: "reseau.totalPostes", agents: "reseau.totalAgents", sites: "reseau.totalSites" };

/**
 * Where a figure is filled in the description organique a commune's figures come from: the totals
 * row for `postes`, `agents` and `sites`, every row of the domain's application section for
 * `users:<domain>` (the figure is their sum) — each with its Quantité cell in that sheet.
 */
export function figureCells(submission: Submission, figure: string): FigureCell[] {
  const locate = locateCell(layoutForSubmission(submission));
  const domain = figure.startsWith("users:") ? Number(figure.slice("users:".length)) : undefined;
  const section = domain === undefined ? NETWORK_SECTION : APPLICATION_SECTIONS.find((candidate) => candidate.domain === domain);
  const rows = domain === undefined ? NETWORK_SECTION.rows.filter((row) => row.id === TOTAL_ROWS[figure]) : (section?.rows ?? []);
  return rows.map((row) => {
    const cell = locate({ kind: "row", rowId: row.id, column: "quantity" });
    return { row: row.label, section: section?.label ?? "", ...(cell === undefined ? {} : { cell }) };
  });
}
