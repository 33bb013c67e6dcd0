import type { CellStyle } from "./cellStyles";
import type { CellValue, SheetLayout } from "./sheetLayout";

/** A cell whose text must fit: where it is, what it shows and its style. */
export interface TextCell {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
  readonly style: CellStyle;
}

/** Points per line of 11-point Calibri (Excel's default row height), and Excel's largest row height. */
const LINE_POINTS = 15;
const DEFAULT_FONT_SIZE = 11;
const MAX_ROW_POINTS = 409;
/** Characters of ordinary text per unit of column width (the unit is one "0" of the default font). */
const CHARACTERS_PER_WIDTH = 1.25;

/** The width of each merged range ("B1:F1"), by the address of its first cell. */
function mergedWidths(layout: SheetLayout): Map<string, number> {
  const widthOf = new Map(layout.columns.map((column) => [column.letter, column.width]));
  const letters = layout.columns.map((column) => column.letter);
  const widths = new Map<string, number>();
  for (const merge of layout.merges) {
    const match = /^([A-Z]+)(\d+):([A-Z]+)\d+$/.exec(merge);
    if (!match) continue;
    const [, from = "", row = "", to = ""] = match;
    const span = letters.slice(letters.indexOf(from), letters.indexOf(to) + 1);
    widths.set(`${from}${row}`, span.reduce((sum, letter) => sum + (widthOf.get(letter) ?? 0), 0));
  }
  return widths;
}

/** How many lines a text takes in a wrapped cell of this width. */
function lineCount(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARACTERS_PER_WIDTH));
  return text.split("\n").reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

/**
 * The row heights (points) that show the whole text of wrapped cells and larger fonts, estimated
 * from the column widths: Excel does not fit row heights to wrapped text when it opens a file, so
 * the renderer sets them. Rows that fit in one default line are left out (default height).
 */
export function estimateRowHeights(layout: SheetLayout, cells: readonly TextCell[]): Map<number, number> {
  const columnOf = new Map(layout.columns.map((column) => [column.index, column]));
  const merged = mergedWidths(layout);
  const heights = new Map<number, number>();
  for (const cell of cells) {
    const column = columnOf.get(cell.column);
    if (cell.value === null || !column || column.hidden) continue;
    const spec = layout.styles[cell.style];
    const width = merged.get(`${column.letter}${cell.row}`) ?? column.width;
    const lines = spec.wrap ? lineCount(String(cell.value), width) : 1;
    const points = Math.min(MAX_ROW_POINTS, Math.ceil(lines * LINE_POINTS * ((spec.fontSize ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE)));
    if (points > LINE_POINTS && points > (heights.get(cell.row) ?? 0)) heights.set(cell.row, points);
  }
  return heights;
}
