import { SHEET_COLUMNS } from "./sheetColumns";
import type { SheetLayout } from "./sheetLayout";

/** Rows printed on one page when they can: a part or section with its title, or a configuration with its title. */
export interface RowRun {
  readonly first: number;
  readonly last: number;
}

/** Keys of the rows that open a run: the title, each part, section, kind of configuration and configuration. */
const OPENS_RUN = /^(?:sheet:title|part:|section:|blocks:|block:)/;
/** Rows that are only a heading for what follows: the inventory's banner and column headers, a kind of configuration's header. */
const KEEPS_WITH_NEXT = /^(?:part:inventory|blocks:)/;

/**
 * The sheet's rows cut into runs to keep on one page, read from the keys of the layout: each run
 * starts at a title row and goes on to the next one (spacer rows with it); a heading that only
 * introduces what follows (the inventory's banner and column headers, the header of a kind of
 * configuration) is one run with the section or configuration after it.
 */
export function keepTogetherRuns(layout: Pick<SheetLayout, "cells" | "rowCount">): RowRun[] {
  const starts: { row: number; keepsWithNext: boolean }[] = [];
  for (const cell of layout.cells) {
    if (cell.column !== SHEET_COLUMNS.key.index || typeof cell.value !== "string" || !OPENS_RUN.test(cell.value)) continue;
    const keepsWithNext = KEEPS_WITH_NEXT.test(cell.value);
    const previous = starts.at(-1);
    // The run after a heading that keeps with it starts at the heading.
    if (previous?.keepsWithNext) starts[starts.length - 1] = { row: previous.row, keepsWithNext };
    else starts.push({ row: cell.row, keepsWithNext });
  }
  if (starts[0]?.row !== 1) starts.unshift({ row: 1, keepsWithNext: false });
  return starts.map((start, i) => ({ first: start.row, last: (starts[i + 1]?.row ?? layout.rowCount + 1) - 1 }));
}
