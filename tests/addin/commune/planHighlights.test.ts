import { HIGHLIGHTS, planHighlights } from "../../../addin/commune/planHighlights";
import { planSheetRebuild } from "../../../addin/commune/planSheetRebuild";
import { readInventory } from "../../../addin/commune/readInventory";
import { TODAY } from "../../shared/checks/support/aCompleteSubmission";
import { buildSheetLayout } from "../../../shared/layout";
import { TEMPLATE_VERSION } from "../../../shared/inventory/templateVersion";
import { estimateOpBytes, REQUEST_BUDGET_BYTES } from "../../../addin/sheet/estimateOpBytes";
import { cellAddress } from "../../../shared/layout/cellAddress";
import { parseAddress } from "../../../addin/sheet/expandMerges";

function cellsOf(address: string): string[] {
  const [from, to = from] = address.split(":") as [string, string?];
  const start = parseAddress(from);
  const end = parseAddress(to);
  const cells: string[] = [];
  for (let row = start.row; row <= end.row; row += 1) for (let column = start.column; column <= end.column; column += 1) cells.push(cellAddress(row, column));
  return cells;
}

const reading = readInventory(planSheetRebuild(undefined, { identity: { insee: "21231", name: "Dijon" }, print: false }).values.map((row) => [...row]), { today: TODAY });

describe("planHighlights", () => {
  test("a blank sheet has errors with cells, each marked", () => {
    const plan = planHighlights(reading.layout!, reading.findings);
    const marked = plan.formats.filter((run) => run.format.fill === HIGHLIGHTS.error.fill).flatMap((run) => cellsOf(run.address));
    const withCells = new Set(reading.findings.filter((finding) => finding.severity === "error" && finding.cell).map((finding) => finding.cell));
    expect(withCells.size).toBeGreaterThan(5);
    expect(new Set(marked)).toEqual(withCells);
  });

  test("every input cell without a finding is reset, so fixed cells lose their highlight", () => {
    const plan = planHighlights(reading.layout!, []);
    expect(plan.formats.every((run) => run.format.fill === "#FFF9E1" && run.format.fontColor === "#000000")).toBe(true);
    expect(plan.formats.length).toBeGreaterThan(0);
    expect(plan.protect).toBe(true);
  });

  test("marking every input cell of the largest sheet stays within one request", () => {
    const layout = buildSheetLayout({ blocks: { fibre: 200, interconnexion: 200, isole: 200 }, templateVersion: TEMPLATE_VERSION });
    const findings = layout.cells.filter((cell) => cell.input).map((cell) => ({ ruleId: "t", severity: "error" as const, message: "…", cell: cell.address }));
    const bytes = planHighlights(layout, findings).formats.reduce((total, run) => total + estimateOpBytes({ kind: "format", run }), 0);
    expect(bytes).toBeLessThan(REQUEST_BUDGET_BYTES);
  });

  test("a cell with an error and a warning is shown as an error", () => {
    const findings = [
      { ruleId: "a", severity: "warning", message: "w", cell: "E45" },
      { ruleId: "b", severity: "error", message: "e", cell: "E45" },
      { ruleId: "c", severity: "warning", message: "w", cell: "E46" },
    ] as const;
    const marks = planHighlights(reading.layout!, findings).formats.filter((run) => run.address === "E45" || run.address === "E46");
    expect(marks).toEqual([
      { address: "E46", format: HIGHLIGHTS.warning },
      { address: "E45", format: HIGHLIGHTS.error },
    ]);
  });
});
