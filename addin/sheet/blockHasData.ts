import { isBlankCell } from "../../shared/layout/isBlankCell";
import type { BlockKind } from "../../shared/inventory/siteBlocks";
import { SHEET_COLUMNS } from "../../shared/layout/sheetColumns";
import type { Grid } from "../workbook/Grid";
import { gridKeys } from "./gridKeys";

/** True when any Description or Quantité cell of block `number` of `kind` holds something (removing it must be confirmed). */
export function blockHasData(grid: Grid, kind: BlockKind, number: number): boolean {
  const keys = gridKeys(grid);
  if (!keys) return false;
  const prefix = `${kind}[${number}]/`;
  const columns = [SHEET_COLUMNS.description.index, SHEET_COLUMNS.quantity.index].map((column) => keys.keyColumn + column - SHEET_COLUMNS.key.index);
  for (const [key, row] of keys.rowOf) {
    if (key.startsWith(prefix) && columns.some((column) => !isBlankCell(grid[row]?.[column]))) return true;
  }
  return false;
}
