import type { Finding } from "../../shared/checks/finding";
import type { SheetLayout } from "../../shared/layout/sheetLayout";
import type { FormatRun } from "../sheet/CellFormat";
import { parseAddress } from "../sheet/expandMerges";
import type { HighlightPlan } from "../sheet/HighlightPlan";
import { rectangleAddress, toRectangles, type CellPosition } from "../sheet/toRectangles";

/** Excel's own "light red fill with dark red text" and "yellow fill with dark yellow text", familiar to Excel users. */
export const HIGHLIGHTS = {
  error: { fill: "#FFC7CE", fontColor: "#9C0006" },
  warning: { fill: "#FFEB9C", fontColor: "#9C5700" },
} as const;
const PLAIN_TEXT = "#000000";

/**
 * Plans the finding highlights of the sheet: every input cell without a finding back to its style
 * (so a fixed cell loses its highlight), the cells with findings marked — errors over warnings —
 * each as few rectangles as possible, so that one request holds them all.
 */
export function planHighlights(layout: SheetLayout, findings: readonly Finding[], sheetName: string = layout.sheetName): HighlightPlan {
  const severityAt = new Map<string, Finding["severity"]>();
  for (const finding of findings) {
    if (finding.cell && /^[A-Z]+\d+$/.test(finding.cell) && severityAt.get(finding.cell) !== "error") severityAt.set(finding.cell, finding.severity);
  }
  const byFill = new Map<string, CellPosition[]>();
  for (const cell of layout.cells) {
    if (!cell.input || severityAt.has(cell.address)) continue;
    const fill = layout.styles[cell.style].fill ?? "#FFFFFF";
    const cells = byFill.get(fill) ?? [];
    cells.push(cell);
    byFill.set(fill, cells);
  }
  const resets: FormatRun[] = [...byFill.entries()].flatMap(([fill, cells]) =>
    toRectangles(cells).map((rectangle) => ({ address: rectangleAddress(rectangle), format: { fill, fontColor: PLAIN_TEXT } })),
  );
  const marks: FormatRun[] = (["warning", "error"] as const).flatMap((severity) => {
    const cells = [...severityAt.entries()].filter(([, found]) => found === severity).map(([address]) => parseAddress(address));
    return toRectangles(cells).map((rectangle) => ({ address: rectangleAddress(rectangle), format: HIGHLIGHTS[severity] }));
  });
  return { sheetName, formats: [...resets, ...marks], protect: layout.protect };
}
