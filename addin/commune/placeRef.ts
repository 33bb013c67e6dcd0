import type { CellRef } from "../../shared/inventory/cellRef";
import { cellRefKey } from "../../shared/layout/cellRefKey";
import type { CellValue, LayoutCell, SheetLayout } from "../../shared/layout/sheetLayout";

/** The input cell of a layout holding `ref`, or undefined when the layout has none. */
export function findInputCell(layout: SheetLayout, ref: CellRef): LayoutCell | undefined {
  const wanted = cellRefKey(ref);
  return layout.cells.find((cell) => cell.ref !== undefined && cellRefKey(cell.ref) === wanted);
}

/** A value placed in the input cell holding `ref` (no placement when the layout lacks it). */
export function placeRef(layout: SheetLayout, ref: CellRef, value: CellValue): { row: number; column: number; value: CellValue }[] {
  const cell = findInputCell(layout, ref);
  return cell ? [{ row: cell.row, column: cell.column, value }] : [];
}
