import type { CellValue, SheetLayout } from "./sheetLayout";

/** A cell value placed by its 1-based row and column. */
export interface PlacedValue {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
}

/**
 * The sheet as a 2D values grid from A1 (rows × columns, null for blank cells): the layout's fixed
 * content, overlaid with `values` (e.g. from renderValues). Suits `range.values` and ExcelJS rows.
 */
export function renderGrid(layout: SheetLayout, values: readonly PlacedValue[] = []): CellValue[][] {
  const grid: CellValue[][] = Array.from({ length: layout.rowCount }, () => Array<CellValue>(layout.columns.length).fill(null));
  for (const placed of [...layout.cells, ...values]) {
    const row = grid[placed.row - 1];
    if (row && placed.column <= row.length) row[placed.column - 1] = placed.value;
  }
  return grid;
}
