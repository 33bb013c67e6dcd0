import type { RunExport } from "../../shared/exports/RunExport";
import { toSheetTitles } from "../../shared/exports/toSheetTitles";
import { writeItemSheet } from "./writeItemSheet";
import { writeTotalsSheet } from "./writeTotalsSheet";

/** Name of the summary sheet. */
export const TOTALS_SHEET = "Totaux";

/**
 * Renders quote-parts as an .xlsx workbook: a « Totaux » sheet, then one sheet per cost item (named
 * after its id, made safe for a sheet title), French headers, euro formats, frozen header rows and
 * check rows. ExcelJS is loaded here, on first export only: it is heavy and slows the cold start.
 */
export async function renderRunXlsx(run: RunExport, author: string): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = author;
  workbook.lastModifiedBy = author;
  workbook.title = `Quote-parts ${run.year}`;
  workbook.subject = "Répartition des coûts mutualisés des services communs numériques";
  writeTotalsSheet(workbook.addWorksheet(TOTALS_SHEET), run);
  const titles = toSheetTitles(
    run.items.map((item) => item.id),
    [TOTALS_SHEET],
  );
  run.items.forEach((item, index) => writeItemSheet(workbook.addWorksheet(titles[index] ?? item.id), item, run.year, run.periodsLabel));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
