import type { Finding } from "../checks/finding";
import { cellAddress } from "./cellAddress";
import { isBlankCell } from "./isBlankCell";
import { PARSE_FINDINGS } from "./parseFindings";
import { SHEET_COLUMNS } from "./sheetColumns";
import type { LayoutCell, SheetLayout } from "./sheetLayout";
import { unwrapCellValue } from "./unwrapCellValue";

/** The layout's row of each key, and its cells by column. */
function cellsByKey(layout: SheetLayout): Map<string, Map<number, LayoutCell>> {
  const rows = new Map<number, Map<number, LayoutCell>>();
  for (const cell of layout.cells) {
    const row = rows.get(cell.row) ?? new Map<number, LayoutCell>();
    row.set(cell.column, cell);
    rows.set(cell.row, row);
  }
  const byKey = new Map<string, Map<number, LayoutCell>>();
  for (const row of rows.values()) {
    const key = row.get(SHEET_COLUMNS.key.index)?.value;
    if (typeof key === "string") byKey.set(key, row);
  }
  return byKey;
}

/** How a row is named in a message: its label in the sheet, or its row number. */
function rowName(cells: Map<number, LayoutCell>, row: number): string {
  const label = cells.get(SHEET_COLUMNS.subdomain.index)?.value ?? cells.get(SHEET_COLUMNS.domain.index)?.value;
  return typeof label === "string" && label.trim() !== "" ? `la ligne « ${label} » (ligne ${row})` : `la ligne ${row}`;
}

/**
 * Errors for what is typed in a row of the model outside its cells to fill: a cell the layout
 * leaves empty and locked (the Domaine column of a row, the Quantité of a row without quantity,
 * an empty unit) or a column beyond the table. What such a cell holds is never read, so the file
 * is not accepted with it. Labels and hints the layout writes are not compared (a user may reword
 * a label; an older template has older labels): only cells the layout leaves empty are looked at.
 */
export function strayCellFindings(grid: readonly (readonly unknown[])[], keyColumn: number, rowOf: ReadonlyMap<string, number>, layout: SheetLayout): Finding[] {
  const findings: Finding[] = [];
  // In the layout's row order: the findings come out top to bottom.
  for (const [key, cells] of cellsByKey(layout)) {
    const gridRow = rowOf.get(key);
    if (gridRow === undefined) continue;
    (grid[gridRow] ?? []).forEach((raw, gridColumn) => {
      if (gridColumn === keyColumn) return;
      const value = unwrapCellValue(raw);
      if (isBlankCell(value)) return;
      const cell = cells.get(gridColumn - keyColumn + SHEET_COLUMNS.key.index);
      if (cell && (cell.input || cell.value !== null)) return;
      const address = cellAddress(gridRow + 1, gridColumn + 1);
      findings.push(PARSE_FINDINGS.strayCell(gridRow + 1, address, value, rowName(cells, gridRow + 1)));
    });
  }
  return findings;
}
