import type { Finding } from "../../../shared/checks/finding";
import { oneFindingPerCell } from "../../../shared/checks/oneFindingPerCell";
import { inspectSubmission } from "../../../shared/inspection/inspectSubmission";
import { readSheet } from "../../../shared/layout/readSheet";
import { filledGrid, rowWithKey } from "../layout/sheetFixtures";
import { aCompleteSubmission, TODAY } from "./support/aCompleteSubmission";
import { check } from "./support/check";
import { withAnswer } from "./support/edit";

const atCell = (findings: readonly Finding[], cell: string | undefined) => findings.filter((finding) => finding.cell === cell);

describe("one finding per cell", () => {
  test("runChecks: an implausible total that also does not match the configurations gives one error at its cell, the first rule's", () => {
    const report = check(withAnswer(aCompleteSubmission(), "reseau.totalPostes", { quantity: 1e9 }));
    expect(report.findings.map((finding) => [finding.ruleId, finding.cell])).toEqual([["quality.quantityRange", "row:reseau.totalPostes:quantity"]]);
    expect(report.errorCount).toBe(1);
  });

  test("the reader's finding and the checks' finding on one cell (a count typed as words, then found blank): the reader's is kept", () => {
    const submission = aCompleteSubmission();
    const grid = filledGrid(submission);
    const row = rowWithKey(grid, "reseau.totalAgents");
    grid[row]![4] = "environ cinquante";
    const reading = readSheet(grid);
    const checked = reading.submission ? inspectSubmission(reading.submission, { today: TODAY, locate: reading.locate }).findings : [];
    const both = [...reading.findings, ...checked];
    expect(atCell(both, `E${row + 1}`).map((finding) => finding.ruleId)).toEqual(["parse.number", "completeness.requiredRow"]);
    expect(atCell(oneFindingPerCell(both), `E${row + 1}`).map((finding) => finding.ruleId)).toEqual(["parse.number"]);
  });

  test("an error wins over an earlier warning at the same cell; findings without a cell are all kept, in order", () => {
    const warning: Finding = { ruleId: "w", severity: "warning", cell: "E5", message: "w" };
    const error: Finding = { ruleId: "e", severity: "error", cell: "E5", message: "e" };
    const loose: Finding = { ruleId: "n", severity: "error", message: "n" };
    expect(oneFindingPerCell([loose, warning, error, loose])).toEqual([loose, error, loose]);
  });
});
