import { cellAddress } from "../../shared/layout/cellAddress";
import { parseCellAddress } from "../../shared/layout/parseCellAddress";
import type { StyledCell } from "./planStyleFormats";

/** The 1-based row and column of an A1 address ("AB12" → { row: 12, column: 28 }). */
export function parseAddress(address: string): { row: number; column: number } {
  const parsed = parseCellAddress(address);
  if (!parsed) throw new RangeError(`A1 address expected, got ${address}`);
  return parsed;
}

/**
 * The styled cells plus the cells hidden under each merge, styled as the merge's top-left cell:
 * formatting a merged title then joins the rectangles around it instead of splitting them.
 */
export function expandMerges(cells: readonly StyledCell[], merges: readonly string[]): StyledCell[] {
  const styled = new Map(cells.map((cell) => [cellAddress(cell.row, cell.column), cell] as const));
  for (const merge of merges) {
    const [from, to = from] = merge.split(":") as [string, string?];
    const start = parseAddress(from);
    const end = parseAddress(to);
    const origin = styled.get(cellAddress(start.row, start.column));
    if (!origin) continue;
    for (let row = start.row; row <= end.row; row += 1) {
      for (let column = start.column; column <= end.column; column += 1) {
        const address = cellAddress(row, column);
        if (!styled.has(address)) styled.set(address, { row, column, style: origin.style });
      }
    }
  }
  return [...styled.values()];
}
