import type { Worksheet } from "exceljs";
import { writeTitleBlock } from "./writeTitleBlock";

/** A sheet's heading: its title, the lines that say what it shows and from which run, its column headers and widths. */
export interface SheetHeading {
  readonly title: string;
  readonly lines: readonly string[];
  readonly headers: readonly string[];
  readonly widths: readonly number[];
}

/** Shading of header rows. */
export const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } } as const;

/**
 * Writes a sheet's title block, then its header row (bold, shaded, wrapped) after a blank row, and
 * freezes everything down to the header row. Returns the header row's number.
 */
export function writeSheetHeading(sheet: Worksheet, { title, lines, headers, widths }: SheetHeading): number {
  const headerNumber = writeTitleBlock(sheet, title, lines, widths);
  const headerRow = sheet.getRow(headerNumber);
  headerRow.values = [...headers];
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: "middle", wrapText: true };
  headerRow.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: "thin" } };
  });
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: headerNumber, topLeftCell: `A${headerNumber + 1}`, activeCell: `A${headerNumber + 1}` }];
  return headerNumber;
}
