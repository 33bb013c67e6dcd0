import type { Worksheet } from "exceljs";

/** Row of the column headers: below a title, a subtitle and a blank row. */
const HEADER_ROW = 4;

/**
 * Writes a sheet's title block and its header row (bold, shaded), sets the column widths and
 * freezes everything down to the header row. Returns the header row's number.
 */
export function writeSheetHeading(sheet: Worksheet, title: string, subtitle: string, headers: readonly string[], widths: readonly number[]): number {
  sheet.getCell("A1").value = title;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = subtitle;
  sheet.getCell("A2").font = { italic: true };
  const headerRow = sheet.getRow(HEADER_ROW);
  headerRow.values = [...headers];
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: "middle", wrapText: true };
  headerRow.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.border = { bottom: { style: "thin" } };
  });
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}`, activeCell: `A${HEADER_ROW + 1}` }];
  return HEADER_ROW;
}
