import type { Submission } from "../inventory/submissionSchema";
import type { CellValue, SheetLayout } from "./sheetLayout";
import { submissionValue } from "./submissionValue";

/** The value to write in one input cell. */
export interface InputValue {
  readonly address: string;
  readonly row: number;
  readonly column: number;
  /** Number, text, ISO date text, "Oui"/"Non"; null clears the cell (blank, never 0). */
  readonly value: CellValue;
}

/**
 * The value of every input cell of the layout for a submission, in layout order (null for a
 * blank cell, so that prefilling also clears stale values; keep `value !== null` for a sparse list).
 */
export function renderValues(layout: SheetLayout, submission: Submission): InputValue[] {
  return layout.cells.flatMap((cell) =>
    cell.ref ? [{ address: cell.address, row: cell.row, column: cell.column, value: submissionValue(submission, cell.ref) }] : [],
  );
}
