import type ExcelJS from "exceljs";
import type { InstructionLine } from "../../shared/layout/instructionsSheet";

/** Characters per line of the text column (its width), to size the rows of wrapped text. */
const TEXT_WIDTH = 110;
const LINE_POINTS = 15;

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/**
 * Adds the « Mode d'emploi » sheet after the template's: a swatch column for the colour legend and
 * a column of wrapped text, rows tall enough for it, printed on one A4 portrait page. Text
 * only, no key column: the reader never takes it for the template.
 */
export function addInstructionsSheet(workbook: ExcelJS.Workbook, name: string, lines: readonly InstructionLine[]): void {
  const sheet = workbook.addWorksheet(name, { properties: { defaultRowHeight: LINE_POINTS } });
  sheet.columns = [{ width: 14 }, { width: TEXT_WIDTH }];
  lines.forEach((line, i) => {
    const row = sheet.getRow(i + 1);
    const text = row.getCell(2);
    text.value = line.text;
    text.alignment = { wrapText: true, vertical: "top" };
    if (line.kind === "title") text.font = { bold: true, size: 14, color: { argb: "FF1F3864" } };
    if (line.kind === "heading") text.font = { bold: true, size: 12, color: { argb: "FF2F5496" } };
    if (line.kind === "legend") {
      const swatch = row.getCell(1);
      swatch.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(line.fill) } };
      swatch.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
    }
    const textLines = Math.max(1, Math.ceil(line.text.length / TEXT_WIDTH));
    row.height = Math.max(line.kind === "title" ? 20 : LINE_POINTS, textLines * LINE_POINTS + (line.kind === "heading" ? 6 : 0));
  });
  sheet.pageSetup = { orientation: "portrait", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 1 };
}
