import type { Worksheet } from "exceljs";

/** Points per line of 11-point text, and of the 14-point title. */
const LINE_POINTS = 15;
const TITLE_LINE_POINTS = 20;
/** Characters per unit of column width: 11-point text, and the 14-point bold title. */
const CHARACTERS_PER_WIDTH = 1.2;
const TITLE_CHARACTERS_PER_WIDTH = 0.8;

/** Lines a text takes once wrapped in `width` units. */
const linesOf = (text: string, width: number, perWidth: number) => Math.max(1, Math.ceil(text.length / Math.max(1, Math.floor(width * perWidth))));

/**
 * Writes a sheet's title (bold, 14 pt) in row 1 and `lines` below it (italic), each merged across
 * the table's `widths` and wrapped, its row as tall as its text needs: long labels and correction
 * reasons stay within the printed width instead of running past the table. Returns the first row
 * after a blank one.
 */
export function writeTitleBlock(sheet: Worksheet, title: string, lines: readonly string[], widths: readonly number[]): number {
  const width = widths.reduce((total, column) => total + column, 0);
  const last = widths.length;
  [title, ...lines].forEach((text, index) => {
    const row = sheet.getRow(index + 1);
    const cell = row.getCell(1);
    cell.value = text;
    cell.font = index === 0 ? { bold: true, size: 14 } : { italic: true };
    cell.alignment = { vertical: "top", wrapText: true };
    if (last > 1) sheet.mergeCells(index + 1, 1, index + 1, last);
    row.height = index === 0 ? TITLE_LINE_POINTS * linesOf(text, width, TITLE_CHARACTERS_PER_WIDTH) : LINE_POINTS * linesOf(text, width, CHARACTERS_PER_WIDTH);
  });
  widths.forEach((columnWidth, index) => {
    sheet.getColumn(index + 1).width = columnWidth;
  });
  return lines.length + 3;
}
