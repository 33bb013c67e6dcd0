import type ExcelJS from "exceljs";
import type { CellStyleSpec } from "../../shared/layout/cellStyles";

/** The workbook's font (Excel's default), given on every styled cell so both Excel and LibreOffice show the same. */
const FONT_NAME = "Calibri";
const FONT_SIZE = 11;
const BORDER_COLOR = { argb: "FFA6A6A6" };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: BORDER_COLOR };

/** `#RRGGBB` → ExcelJS's opaque ARGB `FFRRGGBB`. */
function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

/**
 * The ExcelJS style of a named layout style: font (bold, italic, size, colour), solid fill, thin
 * grey border, number format (Excel's invariant codes, which Excel shows in the user's locale:
 * `#,##0` → « 1 234 », `dd/mm/yyyy` → « jj/mm/aaaa »), alignment and the cell's lock.
 */
export function toExcelStyle(spec: CellStyleSpec): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: FONT_NAME,
      family: 2,
      size: spec.fontSize ?? FONT_SIZE,
      ...(spec.bold ? { bold: true } : {}),
      ...(spec.italic ? { italic: true } : {}),
      ...(spec.fontColor ? { color: { argb: argb(spec.fontColor) } } : {}),
    },
    alignment: { vertical: "top", ...(spec.horizontal ? { horizontal: spec.horizontal } : {}), ...(spec.wrap ? { wrapText: true } : {}) },
    protection: { locked: spec.locked },
  };
  if (spec.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(spec.fill) } };
  if (spec.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (spec.numberFormat && spec.numberFormat !== "General") style.numFmt = spec.numberFormat;
  return style;
}
