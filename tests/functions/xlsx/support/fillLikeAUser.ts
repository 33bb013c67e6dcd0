import ExcelJS from "exceljs";
import type { Submission } from "../../../../shared/inventory/submissionSchema";
import { renderValues } from "../../../../shared/layout/renderValues";
import type { SheetLayout } from "../../../../shared/layout/sheetLayout";

/** What a user typed into a cell, by address, instead of the submission's own value. */
export type Typed = Readonly<Record<string, ExcelJS.CellValue>>;

/** Loads a workbook with ExcelJS. */
export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Writes a workbook to bytes. */
export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Opens the template and types the submission into its input cells as a user of Excel would:
 * numbers as numbers, the date as a date, Oui/Non and text as text, blank cells left alone;
 * `typed` overrides what goes into some cells (e.g. "1 234" as text in a quantity cell).
 * `edit` may then change the workbook further (formulas, merges, sheets…) before it is saved.
 */
export async function fillLikeAUser(
  template: Buffer,
  layout: SheetLayout,
  submission: Submission,
  typed: Typed = {},
  edit: (workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet) => void = () => undefined,
): Promise<Buffer> {
  const workbook = await loadWorkbook(template);
  const sheet = workbook.getWorksheet(layout.sheetName);
  if (!sheet) throw new Error(`no sheet ${layout.sheetName}`);
  const styleAt = new Map(layout.cells.map((cell) => [cell.address, cell.style]));
  for (const { address, value } of renderValues(layout, submission)) {
    if (value === null) continue;
    sheet.getCell(address).value = styleAt.get(address) === "inputDate" && typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  }
  for (const [address, value] of Object.entries(typed)) sheet.getCell(address).value = value;
  edit(workbook, sheet);
  return saveWorkbook(workbook);
}
