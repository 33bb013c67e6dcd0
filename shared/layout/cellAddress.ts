import { columnLetter } from "./columnLetter";

/** The A1 address of a 1-based row and column: (12, 4) → "D12". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}
