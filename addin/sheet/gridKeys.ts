import { findKeyColumn } from "../../shared/layout/findKeyColumn";
import { gridShape, type GridShape } from "../../shared/layout/gridShape";
import { indexGridKeys } from "../../shared/layout/indexGridKeys";
import { keyPastedBlocks } from "../../shared/layout/pastedBlocks";
import type { Grid } from "../workbook/Grid";

/** Where a grid keeps its keys: the key column (0-based), the row of each key, and the blocks and référent rows they show. */
export interface GridKeys {
  readonly keyColumn: number;
  readonly rowOf: ReadonlyMap<string, number>;
  readonly shape: GridShape;
}

/** The keys of a sheet's grid, with the shared parser's own functions; undefined for a grid with no key column (not our sheet). */
export function gridKeys(grid: Grid): GridKeys | undefined {
  const keyColumn = findKeyColumn(grid);
  if (keyColumn === undefined) return undefined;
  // Configurations pasted without their hidden keys count, as the sheet reader reads them.
  const { rowOf } = indexGridKeys(keyPastedBlocks(grid, keyColumn).grid, keyColumn);
  return { keyColumn, rowOf, shape: gridShape(rowOf.keys()) };
}
