import type { Worksheet } from "exceljs";
import type { RunExport } from "../../shared/exports/RunExport";
import { CHECK_GAP, CHECK_OK, EURO_FORMAT, toCents } from "./sheetFormats";
import { writeSheetHeading } from "./writeSheetHeading";

/**
 * Fills the « Totaux » sheet: each commune's total quote-part and AC adjustment, their sums, the
 * Métropole's rest and the items' total, and a check row: Σ communes + Métropole = Σ items, and
 * Σ AC adjustments = − Σ communes.
 */
export function writeTotalsSheet(sheet: Worksheet, run: RunExport): void {
  const title = `Quote-parts ${run.year} — totaux par commune`;
  const subtitle = `${run.metropole.name} (SIREN ${run.metropole.id}) · ajustement de l'attribution de compensation = − quote-part`;
  const headers = ["Code INSEE", "Commune", "Quote-part totale (€)", "Ajustement de l'AC (€)"];
  const headerRow = writeSheetHeading(sheet, title, subtitle, headers, [12, 40, 22, 24]);
  run.totals.forEach((total, index) => {
    sheet.getRow(headerRow + 1 + index).values = [total.code, total.name, Number(total.amount), Number(total.acAdjustment)];
  });
  const [first, last] = [headerRow + 1, headerRow + Math.max(run.totals.length, 1)];
  const sumRow = last + 1;
  const { sums } = run;
  sheet.getCell(`B${sumRow}`).value = "Total des communes";
  sheet.getCell(`C${sumRow}`).value = { formula: `SUM(C${first}:C${last})`, result: Number(sums.communes) };
  sheet.getCell(`D${sumRow}`).value = { formula: `SUM(D${first}:D${last})`, result: Number(sums.acAdjustment) };
  sheet.getCell(`B${sumRow + 1}`).value = `Part de ${run.metropole.name} (reste à charge)`;
  sheet.getCell(`C${sumRow + 1}`).value = Number(sums.metropole);
  sheet.getCell(`B${sumRow + 2}`).value = "Total des postes de coût";
  sheet.getCell(`C${sumRow + 2}`).value = Number(sums.items);
  sheet.getCell(`B${sumRow + 3}`).value = "Contrôle (communes + Métropole = postes ; AC = − quote-parts)";
  const sharesAddUp = toCents(sums.communes) + toCents(sums.metropole) === toCents(sums.items);
  const acMirrors = toCents(sums.acAdjustment) === -toCents(sums.communes);
  sheet.getCell(`C${sumRow + 3}`).value = {
    formula: `IF(ROUND(C${sumRow}+C${sumRow + 1}-C${sumRow + 2},2)=0,"${CHECK_OK}","${CHECK_GAP}")`,
    result: sharesAddUp ? CHECK_OK : CHECK_GAP,
  };
  sheet.getCell(`D${sumRow + 3}`).value = { formula: `IF(ROUND(D${sumRow}+C${sumRow},2)=0,"${CHECK_OK}","${CHECK_GAP}")`, result: acMirrors ? CHECK_OK : CHECK_GAP };
  for (let row = sumRow; row <= sumRow + 3; row += 1) sheet.getRow(row).font = { bold: true };
  sheet.getColumn(3).numFmt = EURO_FORMAT;
  sheet.getColumn(4).numFmt = EURO_FORMAT;
}
