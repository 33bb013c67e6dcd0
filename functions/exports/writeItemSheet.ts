import type { Worksheet } from "exceljs";
import { formatCents } from "../../shared/quoteParts/report/formatCents";
import type { RunExportItem } from "../../shared/exports/RunExport";
import { CHECK_GAP, CHECK_OK, EURO_FORMAT, EXACT_FORMAT, toCents, WEIGHT_FORMAT } from "./sheetFormats";
import { writeSheetHeading } from "./writeSheetHeading";

const WIDTHS = [12, 34, 12, 14, 8, 22, 16];

/**
 * Fills a cost item's sheet: its label, description and the run it comes from (`runLines`), one
 * line per commune and the Métropole's line, then the sum of the lines (a formula, with its
 * value), the item's amount and a check that they are equal — they always are, since the
 * Métropole takes the rest. Returns the header row's number.
 */
export function writeItemSheet(sheet: Worksheet, item: RunExportItem, year: number, periodsLabel: string, runLines: readonly string[]): number {
  const description = `Exercice ${year} · poste « ${item.id} » · ensemble ${item.set} · clé : ${item.keyLabel}`;
  const headers = ["Code", "Nom", "Poids", "Poids total", periodsLabel, "Montant exact (€)", "Montant (€)"];
  const headerRow = writeSheetHeading(sheet, { title: item.label, lines: [description, ...runLines], headers, widths: WIDTHS });
  item.lines.forEach((line, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    row.values = [line.code, line.name, Number(line.weight), Number(line.totalWeight), line.periods ?? null, Number(line.exact), Number(line.amount)];
    if (line.isMetropole) row.font = { italic: true };
  });
  const [first, last] = [headerRow + 1, headerRow + item.lines.length];
  const sumRow = last + 1;
  const lineCents = item.lines.reduce((total, line) => total + toCents(line.amount), 0n);
  sheet.getCell(`B${sumRow}`).value = "Total des lignes";
  sheet.getCell(`G${sumRow}`).value = { formula: `SUM(G${first}:G${last})`, result: Number(formatCents(lineCents)) };
  sheet.getCell(`B${sumRow + 1}`).value = "Montant du poste";
  sheet.getCell(`G${sumRow + 1}`).value = Number(item.amount);
  sheet.getCell(`B${sumRow + 2}`).value = "Contrôle (Σ lignes = montant du poste)";
  const check = lineCents === toCents(item.amount) ? CHECK_OK : CHECK_GAP;
  sheet.getCell(`G${sumRow + 2}`).value = { formula: `IF(ROUND(G${sumRow}-G${sumRow + 1},2)=0,"${CHECK_OK}","${CHECK_GAP}")`, result: check };
  for (let row = sumRow; row <= sumRow + 2; row += 1) sheet.getRow(row).font = { bold: true };
  sheet.getColumn(3).numFmt = WEIGHT_FORMAT;
  sheet.getColumn(4).numFmt = WEIGHT_FORMAT;
  sheet.getColumn(6).numFmt = EXACT_FORMAT;
  sheet.getColumn(7).numFmt = EURO_FORMAT;
  return headerRow;
}
