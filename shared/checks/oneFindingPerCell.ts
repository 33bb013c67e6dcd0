import type { Finding } from "./finding";

/**
 * One finding per cell: the same mistake must not be reported twice at one cell (a value the sheet
 * could not read, then the same cell found blank; a count both negative and implausible). Keeps, for
 * each cell, the first error in the order given (callers list the reader's findings, then the
 * rules in their order), or the first warning when the cell has no error; findings without a cell
 * are all kept. The order of what is kept is unchanged.
 */
export function oneFindingPerCell(findings: readonly Finding[]): Finding[] {
  const kept = new Map<string, Finding>();
  for (const finding of findings) {
    if (finding.cell === undefined) continue;
    const first = kept.get(finding.cell);
    if (!first || (first.severity === "warning" && finding.severity === "error")) kept.set(finding.cell, finding);
  }
  return findings.filter((finding) => finding.cell === undefined || kept.get(finding.cell) === finding);
}
