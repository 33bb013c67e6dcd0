import { cellAddress } from "../../shared/layout/cellAddress";

/** 1-based row and column of an A1 address ("E12" → 12, 5). */
function decode(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address);
  if (!match) throw new RangeError(`A1 address expected, got ${address}`);
  const column = [...(match[1] ?? "")].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}

/** Calls `visit` with every A1 address of a range ("E10:F12" or a single "E10"), row by row. */
export function forEachAddress(range: string, visit: (address: string) => void): void {
  const [from = "", to = from] = range.split(":");
  const start = decode(from);
  const end = decode(to);
  for (let row = Math.min(start.row, end.row); row <= Math.max(start.row, end.row); row += 1) {
    for (let column = Math.min(start.column, end.column); column <= Math.max(start.column, end.column); column += 1) visit(cellAddress(row, column));
  }
}
