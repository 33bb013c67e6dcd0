import { describeRun } from "../../shared/exports/describeRun";
import type { RunExport } from "../../shared/exports/RunExport";
import { toSheetTitles } from "../../shared/exports/toSheetTitles";
import { runHeaderFooter } from "./runHeaderFooter";
import { setPrintLayout } from "./setPrintLayout";
import { writeDifferencesSheet } from "./writeDifferencesSheet";
import { writeItemSheet } from "./writeItemSheet";
import { writeTotalsSheet } from "./writeTotalsSheet";

/** Name of the settlement sheet. */
export const TOTALS_SHEET = "Totaux";
/** Name of a corrective run's differences sheet. */
export const DIFFERENCES_SHEET = "Écarts";

/**
 * Renders a run's quote-parts as an .xlsx workbook: a « Totaux » sheet (each member's settlement
 * and the totals block), an « Écarts » sheet for a corrective run, then one sheet per cost item
 * (named after its id, made safe for a sheet title); French headers, euro formats, frozen header
 * rows and check rows. Every sheet names the run (id, cut-off, status) and prints on A4 landscape
 * one page wide, headers repeated, with the EPCI and the run in its header and footer. ExcelJS is
 * loaded here, on first export only: it is heavy and slows the cold start.
 */
export async function renderRunXlsx(run: RunExport, author: string): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = author;
  workbook.lastModifiedBy = author;
  workbook.title = `Quote-parts ${run.year} — calcul ${run.run.runId}`;
  workbook.subject = "Répartition des coûts mutualisés des services communs numériques";
  const print = { orientation: "landscape" as const, ...runHeaderFooter(run) };
  const totals = workbook.addWorksheet(TOTALS_SHEET);
  const totalsHeader = writeTotalsSheet(totals, run);
  setPrintLayout(totals, { ...print, titleRows: `${totalsHeader}:${totalsHeader}` });
  if (run.differences) {
    const sheet = workbook.addWorksheet(DIFFERENCES_SHEET);
    const header = writeDifferencesSheet(sheet, run, run.differences);
    setPrintLayout(sheet, { ...print, titleRows: `${header}:${header}` });
  }
  const titles = toSheetTitles(
    run.items.map((item) => item.id),
    [TOTALS_SHEET, DIFFERENCES_SHEET],
  );
  const runLines = describeRun(run.run);
  run.items.forEach((item, index) => {
    const sheet = workbook.addWorksheet(titles[index] ?? item.id);
    const header = writeItemSheet(sheet, item, run.year, run.periodsLabel, runLines);
    setPrintLayout(sheet, { ...print, titleRows: `${header}:${header}` });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
