import type { Finding } from "../checks/finding";
import { cellAddress } from "./cellAddress";
import { PARSE_FINDINGS } from "./parseFindings";
import { readInputCell } from "./readInputCell";
import { SHEET_COLUMNS } from "./sheetColumns";
import type { SheetLayout } from "./sheetLayout";
import type { SubmissionDraft } from "./submissionDraft";
import type { CellRef } from "../inventory/cellRef";

/** Where to read: the grid, its key column and its keys' rows, and how sheet cells map to submission cells. */
export interface GridSource {
  readonly grid: readonly (readonly unknown[])[];
  readonly keyColumn: number;
  readonly rowOf: ReadonlyMap<string, number>;
  readonly place: (ref: CellRef) => CellRef | undefined;
}

/**
 * Reads every input cell of `layout` (built for the grid's shape) from the grid row that carries
 * the same key, into the draft. Unreadable values stay blank with an error; rows missing from the
 * grid read as blank with a warning (référent rows and removed blocks silently).
 */
export function readGridCells(source: GridSource, layout: SheetLayout, draft: SubmissionDraft): Finding[] {
  const findings: Finding[] = [];
  const keyOfRow = new Map<number, string>();
  for (const cell of layout.cells) {
    if (cell.column === SHEET_COLUMNS.key.index && typeof cell.value === "string") keyOfRow.set(cell.row, cell.value);
  }
  const reported = new Set<string>();
  for (const cell of layout.cells) {
    const key = keyOfRow.get(cell.row);
    const ref = cell.ref && source.place(cell.ref);
    if (!cell.ref || !ref || key === undefined) continue;
    const gridRow = source.rowOf.get(key);
    if (gridRow === undefined) {
      if (ref.kind !== "referent" && !reported.has(key)) findings.push(PARSE_FINDINGS.missingRow(ref, cell.ref));
      reported.add(key);
      continue;
    }
    const gridColumn = source.keyColumn + cell.column - SHEET_COLUMNS.key.index;
    const raw = source.grid[gridRow]?.[gridColumn];
    const address = cellAddress(gridRow + 1, gridColumn + 1);
    const reading = readInputCell(cell, raw);
    if (!reading.ok) findings.push(PARSE_FINDINGS.unreadable(ref, cell.ref, raw, address, reading));
    draft.put(ref, reading.ok ? reading.value : undefined, address);
  }
  return findings;
}
