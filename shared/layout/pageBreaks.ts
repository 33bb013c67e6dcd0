import { keepTogetherRuns } from "./keepTogetherRuns";
import { POINTS_PER_INCH, PRINT_MARGINS, PRINT_PAGE } from "./printGeometry";
import type { SheetLayout } from "./sheetLayout";

/** Excel's default row height (points): rows missing from the heights have it. */
const DEFAULT_ROW_POINTS = 15;
/**
 * Share of the page the pagination fills at most: room for how each application rounds row heights
 * and the scale (LibreOffice 7.4 printed pages filled to 1.25 times this estimate whole; Excel fits
 * the width at the estimated scale rounded down to a whole percent).
 */
const FILL = 0.95;
/** A run longer than a page starts a new page unless its title and this many rows fit where it is. */
const LONG_RUN_LEAD_ROWS = 4;

/** The printed width of a column, in points: 7 px per character of the default font plus 5 px of padding, at 96 px per inch. */
function columnPoints(width: number): number {
  return (Math.floor(width * 7) + 5) * 0.75;
}

/** The scale at which the visible columns fit the page width (fitted to one page wide; 1 at most). */
export function printScale(layout: Pick<SheetLayout, "columns">): number {
  const width = layout.columns.filter((column) => !column.hidden).reduce((sum, column) => sum + columnPoints(column.width), 0);
  const printable = PRINT_PAGE.widthPoints - (PRINT_MARGINS.left + PRINT_MARGINS.right) * POINTS_PER_INCH;
  return Math.min(1, printable / width);
}

/** How many points of rows a printed page holds (with room to spare: see FILL). */
export function pageCapacity(layout: Pick<SheetLayout, "columns">): number {
  const printable = PRINT_PAGE.heightPoints - (PRINT_MARGINS.top + PRINT_MARGINS.bottom) * POINTS_PER_INCH;
  return (printable / printScale(layout)) * FILL;
}

/**
 * Where the printed sheet goes on to a new page (the last row of each page but the last), so that
 * no part, section or configuration is split from its title: a run of rows (see `keepTogetherRuns`)
 * that does not fit in what is left of a page starts the next one; a run longer than a whole page
 * starts a new page unless its title and first rows fit, then fills pages row by row. Pages that
 * start below the repeated row (`repeatRow`, the inventory's column headers) have it at their top.
 * `heights` are the rows' heights in points (others have the default height).
 */
export function pageBreaks(layout: Pick<SheetLayout, "cells" | "rowCount" | "columns">, heights: ReadonlyMap<number, number>, repeatRow: number): number[] {
  const heightOf = (row: number) => heights.get(row) ?? DEFAULT_ROW_POINTS;
  const capacity = pageCapacity(layout);
  const repeated = heightOf(repeatRow);
  const breaks: number[] = [];
  let used = 0;
  const newPageAt = (row: number) => {
    breaks.push(row - 1);
    used = row > repeatRow ? repeated : 0;
  };
  const sum = (from: number, to: number) => {
    let total = 0;
    for (let row = from; row <= to; row += 1) total += heightOf(row);
    return total;
  };
  for (const run of keepTogetherRuns(layout)) {
    const height = sum(run.first, run.last);
    const onFreshPage = height + (run.first > repeatRow ? repeated : 0);
    if (used > 0 && used + height > capacity) {
      const lead = sum(run.first, Math.min(run.last, run.first + LONG_RUN_LEAD_ROWS));
      if (onFreshPage <= capacity || used + lead > capacity) newPageAt(run.first);
    }
    for (let row = run.first; row <= run.last; row += 1) {
      if (used > 0 && used + heightOf(row) > capacity) newPageAt(row);
      used += heightOf(row);
    }
  }
  return breaks;
}
