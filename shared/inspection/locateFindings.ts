import type { Finding } from "../checks/finding";
import type { CellLocator } from "../inventory/cellRef";

/**
 * The findings with the cells of another sheet showing the same submission (e.g. findings of an
 * uploaded workbook, whose rows may have moved, for the sheet that renders the stored version):
 * a finding about a cell (`ref`) takes the address `locate` gives, or none when that sheet lacks
 * the cell; a finding about a part of the first sheet that is no cell of the submission (a row
 * added by hand, the version cell) keeps its message but loses its address, which the other
 * sheet does not have.
 */
export function locateFindings(findings: readonly Finding[], locate: CellLocator): Finding[] {
  return findings.map(({ cell: _cell, ...finding }) => {
    const cell = finding.ref && locate(finding.ref);
    return cell === undefined ? finding : { ...finding, cell };
  });
}
