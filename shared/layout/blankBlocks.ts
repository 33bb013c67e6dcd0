import type { Finding } from "../checks/finding";
import { BLOCK_DEFINITIONS, type BlockKind } from "../inventory/siteBlocks";
import { isBlankCell } from "./isBlankCell";
import { LAYOUT_KEYS } from "./layoutKeys";
import { PARSE_FINDINGS } from "./parseFindings";
import { SHEET_COLUMNS } from "./sheetColumns";
import type { GridShape } from "./gridShape";
import { unwrapCellValue } from "./unwrapCellValue";

/** The columns a block row's answers are typed in. */
const ANSWER_COLUMNS = [SHEET_COLUMNS.description.index, SHEET_COLUMNS.quantity.index] as const;

/**
 * The site configurations left entirely blank (every Description and Quantité cell of their rows
 * empty) count as absent: a commune fills the configurations it has and leaves the template's
 * others alone. Returns the shape without them (the configurations read, renumbered from it) and a
 * note for each. A configuration with anything typed in it is read, and checked, as any other.
 */
export function withoutBlankBlocks(grid: readonly (readonly unknown[])[], keyColumn: number, rowOf: ReadonlyMap<string, number>, shape: GridShape): { readonly shape: GridShape; readonly findings: readonly Finding[] } {
  const findings: Finding[] = [];
  const blockNumbers = {} as Record<BlockKind, readonly number[]>;
  for (const block of BLOCK_DEFINITIONS) {
    blockNumbers[block.kind] = shape.blockNumbers[block.kind].filter((number) => {
      const rows = block.rows.flatMap((row) => {
        const gridRow = rowOf.get(LAYOUT_KEYS.blockRow(block.kind, number, row.id));
        return gridRow === undefined ? [] : [gridRow];
      });
      const blank = rows.every((gridRow) =>
        ANSWER_COLUMNS.every((column) => {
          const raw = grid[gridRow]?.[keyColumn + column - SHEET_COLUMNS.key.index];
          return isBlankCell(unwrapCellValue(raw));
        }),
      );
      if (!blank) return true;
      const title = rowOf.get(LAYOUT_KEYS.block(block.kind, number));
      findings.push(PARSE_FINDINGS.blankBlock(block.kind, number, { from: Math.min(...rows, title ?? Infinity) + 1, to: Math.max(...rows) + 1 }));
      return false;
    });
  }
  return { shape: { ...shape, blockNumbers }, findings };
}
