import type { Worksheet } from "exceljs";
import { describeRun } from "../../shared/exports/describeRun";
import type { RunExport } from "../../shared/exports/RunExport";
import { CHECK_GAP, CHECK_OK, EURO_FORMAT, toCents } from "./sheetFormats";
import { writeSheetHeading } from "./writeSheetHeading";

const HEADERS = ["Code INSEE", "Commune", "Participation (€)", "Dont refacturé directement (€)", "Déjà compris dans l'AC (€)", "Ajustement de l'AC (€)"];
const WIDTHS = [12, 34, 18, 18, 18, 18];
/** Points of the check row: its label, in column B, wraps on three lines. */
const CHECK_ROW_POINTS = 45;

/**
 * Fills the « Totaux » sheet, the run's settlement: each member's participation, the part invoiced
 * directly, the part already in its attribution de compensation and its AC adjustment; the
 * communes' totals (formulas, with their values), the Métropole's rest and the items' total, and
 * a check row: Σ communes + Métropole = Σ items, and Σ AC = −(Σ participation − Σ invoiced) + Σ already included.
 * Returns the header row's number.
 */
export function writeTotalsSheet(sheet: Worksheet, run: RunExport): number {
  const title = `Quote-parts ${run.year} — règlement par commune`;
  const lines = [
    `${run.metropole.name} (SIREN ${run.metropole.id}) · ajustement de l'attribution de compensation = −(participation − refacturé directement) + déjà compris dans l'AC`,
    ...describeRun(run.run),
  ];
  const headerRow = writeSheetHeading(sheet, { title, lines, headers: HEADERS, widths: WIDTHS });
  run.totals.forEach((total, index) => {
    sheet.getRow(headerRow + 1 + index).values = [total.code, total.name, Number(total.amount), Number(total.invoiced), Number(total.acAlreadyIncluded), Number(total.acAdjustment)];
  });
  const [first, last] = [headerRow + 1, headerRow + Math.max(run.totals.length, 1)];
  const sumRow = last + 1;
  const { sums } = run;
  sheet.getCell(`B${sumRow}`).value = "Total des communes";
  (["C", "D", "E", "F"] as const).forEach((column, index) => {
    const result = [sums.communes, sums.invoiced, sums.acAlreadyIncluded, sums.acAdjustment][index] ?? "0.00";
    sheet.getCell(`${column}${sumRow}`).value = { formula: `SUM(${column}${first}:${column}${last})`, result: Number(result) };
  });
  sheet.getCell(`B${sumRow + 1}`).value = `Part de ${run.metropole.name} (reste à charge)`;
  sheet.getCell(`C${sumRow + 1}`).value = Number(sums.metropole);
  sheet.getCell(`B${sumRow + 2}`).value = "Total des postes de coût";
  sheet.getCell(`C${sumRow + 2}`).value = Number(sums.items);
  const checkRow = sumRow + 3;
  sheet.getCell(`B${checkRow}`).value = "Contrôle : communes + Métropole = postes ; AC = −(participation − refacturé) + déjà compris";
  sheet.getCell(`B${checkRow}`).alignment = { wrapText: true, vertical: "top" };
  sheet.getRow(checkRow).height = CHECK_ROW_POINTS;
  const sharesAddUp = toCents(sums.communes) + toCents(sums.metropole) === toCents(sums.items);
  const acHolds = toCents(sums.acAdjustment) === -(toCents(sums.communes) - toCents(sums.invoiced)) + toCents(sums.acAlreadyIncluded);
  sheet.getCell(`C${checkRow}`).value = {
    formula: `IF(ROUND(C${sumRow}+C${sumRow + 1}-C${sumRow + 2},2)=0,"${CHECK_OK}","${CHECK_GAP}")`,
    result: sharesAddUp ? CHECK_OK : CHECK_GAP,
  };
  sheet.getCell(`F${checkRow}`).value = {
    formula: `IF(ROUND(F${sumRow}+C${sumRow}-D${sumRow}-E${sumRow},2)=0,"${CHECK_OK}","${CHECK_GAP}")`,
    result: acHolds ? CHECK_OK : CHECK_GAP,
  };
  for (let row = sumRow; row <= checkRow; row += 1) sheet.getRow(row).font = { bold: true };
  for (const column of [3, 4, 5, 6]) sheet.getColumn(column).numFmt = EURO_FORMAT;
  return headerRow;
}
