import type { Worksheet } from "exceljs";
import { formatCents } from "../../shared/quoteParts/report/formatCents";
import { describeRun } from "../../shared/exports/describeRun";
import type { RunExport, RunExportDifferences } from "../../shared/exports/RunExport";
import { DIFFERENCE_HEADERS } from "../../shared/exports/differenceHeaders";
import { EURO_FORMAT, toCents } from "./sheetFormats";
import { writeSheetHeading } from "./writeSheetHeading";

const WIDTHS = [12, 30, 16, 16, 16, 16, 16, 16];

/**
 * Fills the « Écarts » sheet of a corrective run: for each member whose figures changed, its
 * participation and AC adjustment in the replaced run and in this one, and the difference (after −
 * before), with the sum of the differences. Returns the header row's number.
 */
export function writeDifferencesSheet(sheet: Worksheet, run: RunExport, differences: RunExportDifferences): number {
  const title = `Quote-parts ${run.year} — écarts avec le calcul remplacé`;
  const lines = [`Calcul remplacé : ${differences.against} · écart = après − avant, par commune dont un montant change`, ...describeRun(run.run)];
  const headerRow = writeSheetHeading(sheet, { title, lines, headers: DIFFERENCE_HEADERS, widths: WIDTHS });
  const { members } = differences;
  if (members.length === 0) {
    sheet.getCell(`B${headerRow + 1}`).value = "Aucun écart : la participation et l'ajustement de chaque commune sont inchangés.";
    return headerRow;
  }
  members.forEach(({ id, name, before, after, difference }, index) => {
    const values = [before.amount, after.amount, difference.amount, before.acAdjustment, after.acAdjustment, difference.acAdjustment].map(Number);
    sheet.getRow(headerRow + 1 + index).values = [id, name, ...values];
  });
  const [first, last] = [headerRow + 1, headerRow + members.length];
  const sumRow = last + 1;
  sheet.getCell(`B${sumRow}`).value = "Total des écarts";
  for (const column of ["E", "H"] as const) {
    const cents = members.reduce((total, member) => total + toCents(column === "E" ? member.difference.amount : member.difference.acAdjustment), 0n);
    sheet.getCell(`${column}${sumRow}`).value = { formula: `SUM(${column}${first}:${column}${last})`, result: Number(formatCents(cents)) };
  }
  sheet.getRow(sumRow).font = { bold: true };
  for (let column = 3; column <= 8; column += 1) sheet.getColumn(column).numFmt = EURO_FORMAT;
  return headerRow;
}
