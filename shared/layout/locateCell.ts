import type { CellLocator } from "../inventory/cellRef";
import { cellRefKey } from "./cellRefKey";
import type { SheetLayout } from "./sheetLayout";

/** A locator of the layout's input cells: CellRef → A1 address, in constant time (the map is built once). */
export function locateCell(layout: SheetLayout): CellLocator {
  const addresses = new Map<string, string>();
  for (const cell of layout.cells) {
    if (cell.ref) addresses.set(cellRefKey(cell.ref), cell.address);
  }
  return (ref) => addresses.get(cellRefKey(ref));
}
