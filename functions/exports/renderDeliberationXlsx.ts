import type { DeliberationTable } from "../../shared/exports/DeliberationTable";
import { describeDeliberationRuns } from "../../shared/exports/describeDeliberationRuns";
import { headerFooterText } from "./headerFooterText";
import { setPrintLayout } from "./setPrintLayout";
import { writeDeliberationSheet } from "./writeDeliberationSheet";

/** Name of the council's table sheet. */
export const DELIBERATION_SHEET = "Délibération";

/**
 * Renders the council's table as an .xlsx workbook of one sheet that prints on A4 portrait, one
 * page wide, its header rows repeated, the EPCI in the header and the runs (ids, cut-off dates,
 * statuses) in the footer. ExcelJS is loaded on first use only.
 */
export async function renderDeliberationXlsx(table: DeliberationTable, author: string): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = author;
  workbook.lastModifiedBy = author;
  workbook.title = `Tableau de la délibération ${table.year}`;
  workbook.subject = "Participation des communes aux services communs et ajustement de l'attribution de compensation";
  const sheet = workbook.addWorksheet(DELIBERATION_SHEET);
  const rows = writeDeliberationSheet(sheet, table);
  setPrintLayout(sheet, {
    orientation: "portrait",
    titleRows: `${rows.header}:${rows.header + 1}`,
    header: headerFooterText({ left: table.epci.name, center: `Tableau de la délibération — ${table.year}`, right: "Page ", codes: { right: "&P / &N" } }),
    footer: headerFooterText({ left: describeDeliberationRuns(table).join("\n"), size: 7 }),
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
