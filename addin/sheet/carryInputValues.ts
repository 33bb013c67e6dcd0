import { isBlankCell } from "../../shared/layout/isBlankCell";
import type { PlacedValue } from "../../shared/layout/renderGrid";
import { SHEET_COLUMNS } from "../../shared/layout/sheetColumns";
import type { SheetLayout } from "../../shared/layout/sheetLayout";
import type { Grid } from "../workbook/Grid";
import { gridKeys } from "./gridKeys";

/** A cell value as read from Excel, kept as typed (text, number) — a boolean becomes Oui/Non. */
function carried(raw: unknown): string | number | undefined {
  if (typeof raw === "boolean") return raw ? "Oui" : "Non";
  if (typeof raw === "number" || typeof raw === "string") return raw;
  return undefined;
}

/**
 * The input values of a new layout taken from the sheet as it is, row by row through the hidden
 * key column — raw, as typed, so that even a value the checks refuse ("deux") is kept, never lost.
 * `renameKey` maps an old row key to its key in the new layout (undefined drops the row, e.g. the
 * rows of a removed block). Blank cells are left out; rows the new layout lacks are not carried.
 */
export function carryInputValues(grid: Grid, layout: SheetLayout, renameKey: (key: string) => string | undefined = (key) => key): PlacedValue[] {
  const keys = gridKeys(grid);
  if (!keys) return [];
  const oldRowOf = new Map<string, number>();
  for (const [key, row] of keys.rowOf) {
    const renamed = renameKey(key);
    if (renamed !== undefined) oldRowOf.set(renamed, row);
  }
  const keyOfRow = new Map<number, string>();
  for (const cell of layout.cells) if (cell.column === SHEET_COLUMNS.key.index && typeof cell.value === "string") keyOfRow.set(cell.row, cell.value);
  return layout.cells.flatMap((cell): PlacedValue[] => {
    const key = keyOfRow.get(cell.row);
    const oldRow = cell.input && key !== undefined ? oldRowOf.get(key) : undefined;
    if (oldRow === undefined) return [];
    const raw = grid[oldRow]?.[keys.keyColumn + cell.column - SHEET_COLUMNS.key.index];
    const value = isBlankCell(raw) ? undefined : carried(raw);
    return value === undefined ? [] : [{ row: cell.row, column: cell.column, value }];
  });
}
