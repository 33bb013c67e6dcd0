import type { Worksheet } from "exceljs";
import type { DeliberationTable } from "../../shared/exports/DeliberationTable";
import { describeDeliberationRuns } from "../../shared/exports/describeDeliberationRuns";
import { EURO_FORMAT } from "./sheetFormats";
import { HEADER_FILL } from "./writeSheetHeading";
import { writeTitleBlock } from "./writeTitleBlock";

const WIDTHS = [40, 18, 18, 18, 18];
/** Points per line of a wrapped note, and characters a line holds across the table. */
const NOTE_LINE_POINTS = 15;
const NOTE_LINE_CHARACTERS = 125;

/** Where the table's parts are, for the print titles and the tests. */
export interface DeliberationSheetRows {
  /** The two header rows: the groups (participation, AC adjustment), then the columns (Année N, Années N+1 et suivantes). */
  readonly header: number;
  readonly firstMember: number;
  readonly communesTotal: number;
  readonly metropole: number;
  readonly costTotal: number;
}

/** Writes the two header rows: « Entités » over both, then the groups over their two columns. */
function writeHeaders(sheet: Worksheet, row: number, table: DeliberationTable): void {
  const { columns } = table;
  sheet.getRow(row).values = ["Entités (EPCI, communes et CCAS) adhérentes", "Participation financière", null, "Ajustement de l'attribution de compensation", null];
  sheet.getRow(row + 1).values = [null, columns.year, columns.followingYears, columns.year, columns.followingYears];
  sheet.mergeCells(row, 1, row + 1, 1);
  sheet.mergeCells(row, 2, row, 3);
  sheet.mergeCells(row, 4, row, 5);
  for (const number of [row, row + 1]) {
    const header = sheet.getRow(number);
    header.font = { bold: true };
    header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    for (let column = 1; column <= WIDTHS.length; column += 1) {
      const cell = header.getCell(column);
      cell.fill = HEADER_FILL;
      cell.border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
    }
  }
  sheet.getRow(row).height = 30;
}

/** A sum over the members' rows, with its value. */
const sumOf = (column: string, first: number, last: number, result: string) => ({ formula: `SUM(${column}${first}:${column}${last})`, result: Number(result) });

/**
 * Fills the council's table (« tableau de la délibération ») on a sheet: title, EPCI and the runs
 * each column comes from; one row per member (participation and AC adjustment, « Année N » and
 * « Années N+1 et suivantes »), the communes' total, the Métropole's line in italics, the total
 * cost of the services (formulas with their values), then the notes. Returns where its parts are.
 */
export function writeDeliberationSheet(sheet: Worksheet, table: DeliberationTable): DeliberationSheetRows {
  const title = `Tableau de la délibération — participation aux services communs ${table.year}`;
  const lines = [`${table.epci.name} (SIREN ${table.epci.id}) · participation de chaque commune (avec son CCAS le cas échéant) et ajustement de son attribution de compensation`, ...describeDeliberationRuns(table)];
  const header = writeTitleBlock(sheet, title, lines, WIDTHS);
  writeHeaders(sheet, header, table);
  const firstMember = header + 2;
  table.members.forEach((member, index) => {
    const { year, followingYears } = member;
    sheet.getRow(firstMember + index).values = [member.name, Number(year.participation), Number(followingYears.participation), Number(year.acAdjustment), Number(followingYears.acAdjustment)];
  });
  const lastMember = firstMember + Math.max(table.members.length, 1) - 1;
  const [communesTotal, metropole, costTotal] = [lastMember + 1, lastMember + 2, lastMember + 3];
  const { totals } = table;
  sheet.getRow(communesTotal).values = [
    "Total des communes",
    sumOf("B", firstMember, lastMember, totals.year.communes),
    sumOf("C", firstMember, lastMember, totals.followingYears.communes),
    sumOf("D", firstMember, lastMember, totals.year.acAdjustment),
    sumOf("E", firstMember, lastMember, totals.followingYears.acAdjustment),
  ];
  sheet.getRow(communesTotal).font = { bold: true };
  sheet.getRow(metropole).values = [table.metropole.name, Number(table.metropole.year), Number(table.metropole.followingYears)];
  sheet.getRow(metropole).font = { italic: true };
  sheet.getRow(costTotal).values = [
    "Coût total des services communs",
    { formula: `B${communesTotal}+B${metropole}`, result: Number(totals.year.costItems) },
    { formula: `C${communesTotal}+C${metropole}`, result: Number(totals.followingYears.costItems) },
  ];
  sheet.getRow(costTotal).font = { bold: true };
  for (let row = header + 2; row <= costTotal; row += 1) {
    for (let column = 1; column <= WIDTHS.length; column += 1) sheet.getRow(row).getCell(column).border = { left: { style: "thin" }, right: { style: "thin" }, bottom: { style: "hair" } };
  }
  for (let column = 2; column <= WIDTHS.length; column += 1) sheet.getColumn(column).numFmt = EURO_FORMAT;
  table.notes.forEach((note, index) => {
    const row = costTotal + 2 + index;
    sheet.getCell(`A${row}`).value = note;
    sheet.getCell(`A${row}`).alignment = { wrapText: true, vertical: "top" };
    sheet.mergeCells(row, 1, row, WIDTHS.length);
    sheet.getRow(row).height = NOTE_LINE_POINTS * Math.max(1, Math.ceil(note.length / NOTE_LINE_CHARACTERS));
  });
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: header + 1, topLeftCell: `A${header + 2}`, activeCell: `A${header + 2}` }];
  return { header, firstMember, communesTotal, metropole, costTotal };
}
