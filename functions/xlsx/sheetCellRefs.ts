import type { CellRef } from "../../shared/inventory/cellRef";
import { buildSheetLayout } from "../../shared/layout/buildSheetLayout";
import { findKeyColumn } from "../../shared/layout/findKeyColumn";
import { gridShape } from "../../shared/layout/gridShape";
import { indexGridKeys } from "../../shared/layout/indexGridKeys";
import { keyPastedBlocks } from "../../shared/layout/pastedBlocks";

/**
 * Every cell reference the sheet parser can place for a values grid: the input cells of the layout
 * `readSheet` reads the grid with (as many blocks and référent rows as the grid's keys show). Blocks
 * are renumbered and blank référent rows skipped when read, which only lowers their indexes: the
 * references of that layout cover every cell `readSheet(grid).locate` knows.
 */
export function sheetCellRefs(grid: readonly (readonly unknown[])[]): CellRef[] {
  const keyColumn = findKeyColumn(grid);
  if (keyColumn === undefined) return [];
  // As readSheet: configurations pasted without keys are read as configurations of their own.
  const shape = gridShape(indexGridKeys(keyPastedBlocks(grid, keyColumn).grid, keyColumn).rowOf.keys());
  const layout = buildSheetLayout({ blocks: shape.highestBlock, templateVersion: "", referentRows: shape.referentRows });
  return layout.cells.flatMap((cell) => (cell.ref ? [cell.ref] : []));
}
