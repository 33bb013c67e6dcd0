import { columnLetter } from "../../shared/layout/columnLetter";
import type { SheetOp } from "../sheet/SheetOp";
import type { SheetValue } from "../sheet/TemplatePlan";
import type { TableSheetPlan } from "../sheet/TableSheetPlan";
import { EURO_FORMAT, TEXT_FORMAT } from "./euroFormats";
import { invoicedColumnHeader, NO, SETTLEMENT_HEADER_ROW, SETTLEMENT_HEADERS, settlementSheetName, settlementTableName, YES } from "./settlementTables";

/** A member's settlement as the sheet shows it. */
export interface SettlementRow {
  readonly insee: string;
  readonly name: string;
  /** Money text of the API (`"421000.00"`). */
  readonly acAlreadyIncluded: string;
  readonly invoicedItems: readonly string[];
  readonly withCcas: boolean;
}

/** What the settlement sheet shows: every member, and the year's cost items (one « invoiced » column each). */
export interface SettlementContent {
  readonly members: readonly SettlementRow[];
  readonly items: readonly { readonly id: string; readonly label: string }[];
}

const yesNo = (value: boolean) => (value ? YES : NO);

/**
 * Plans the sheet "Règlement <year>": a title, a how-to line, then one table row per member commune
 * — its code and name, whether its CCAS is counted with it (oui/non), the part of its participation
 * its attribution de compensation already carries (euros), and one oui/non column per cost item of
 * the year it may pay by direct invoice — with drop-down lists on the oui/non cells.
 */
export function planSettlementSheet(year: number, content: SettlementContent): TableSheetPlan {
  const lastColumn = columnLetter(SETTLEMENT_HEADERS.length + content.items.length);
  const firstItemColumn = columnLetter(SETTLEMENT_HEADERS.length + 1);
  const firstRow = SETTLEMENT_HEADER_ROW + 1;
  const lastRow = SETTLEMENT_HEADER_ROW + Math.max(content.members.length, 1);
  const header: SheetValue[] = [...SETTLEMENT_HEADERS, ...content.items.map(invoicedColumnHeader)];
  const rows: SheetValue[][] = content.members.map((member) => [
    member.insee,
    member.name,
    yesNo(member.withCcas),
    Number(member.acAlreadyIncluded) === 0 ? "" : Number(member.acAlreadyIncluded),
    ...content.items.map((item) => (member.invoicedItems.includes(item.id) ? YES : "")),
  ]);
  if (rows.length === 0) rows.push(header.map(() => ""));
  const formats = [TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, EURO_FORMAT, ...content.items.map(() => TEXT_FORMAT)];
  const table = `A${SETTLEMENT_HEADER_ROW}:${lastColumn}${lastRow}`;
  const yesNoList = (address: string, title: string, message: string): SheetOp => ({
    kind: "validation",
    validation: {
      address,
      rule: { list: { inCellDropDown: true, source: `${YES},${NO}` } },
      errorAlert: { title: "oui ou non", message: `Écrivez « ${YES} » ou « ${NO} ».`, style: "Stop", showAlert: true },
      prompt: { title, message, showPrompt: true },
    },
  });
  const ops: SheetOp[] = [
    { kind: "columns", columns: [80, 190, 110, 130, ...content.items.map(() => 120)].map((widthPoints, index) => ({ address: `${columnLetter(index + 1)}:${columnLetter(index + 1)}`, widthPoints, hidden: false })) },
    {
      kind: "values",
      address: "A1:A3",
      grid: [
        [`Règlement des quotes-parts ${year} par commune`],
        ["Une ligne par commune membre. « Compté avec son CCAS » : oui pour l'afficher « COMMUNE + CCAS ». « Déjà compris dans l'AC » : la part de sa participation que son attribution de compensation porte déjà (vide : aucune)."],
        ["Postes refacturés : oui pour chaque poste qu'elle paie par facture directe au lieu d'une déduction de son AC. Puis « Enregistrer le règlement » dans le volet."],
      ],
    },
    { kind: "format", run: { address: "A1", format: { bold: true, fontSize: 14, fontColor: "#1F3864" } } },
    { kind: "format", run: { address: "A2:A3", format: { italic: true, fontColor: "#595959" } } },
    { kind: "numberFormats", address: table, grid: [header.map(() => TEXT_FORMAT), ...rows.map(() => formats)] },
    { kind: "values", address: table, grid: [header, ...rows] },
    { kind: "format", run: { address: `A${SETTLEMENT_HEADER_ROW}:${lastColumn}${SETTLEMENT_HEADER_ROW}`, format: { wrap: true, vertical: "Top" } } },
    { kind: "format", run: { address: `C${firstRow}:C${lastRow}`, format: { horizontal: "Center" } } },
    yesNoList(`C${firstRow}:C${lastRow}`, "CCAS", "oui : la commune est comptée avec son CCAS (« COMMUNE + CCAS »)"),
    { kind: "freezeRows", rows: SETTLEMENT_HEADER_ROW },
  ];
  if (content.items.length > 0) {
    ops.push(
      { kind: "values", address: `${firstItemColumn}4`, grid: [["Postes refacturés directement (oui : payé sur facture, hors AC)"]] },
      { kind: "format", run: { address: `${firstItemColumn}4`, format: { bold: true, fontColor: "#1F3864" } } },
      { kind: "format", run: { address: `${firstItemColumn}${firstRow}:${lastColumn}${lastRow}`, format: { horizontal: "Center" } } },
      yesNoList(`${firstItemColumn}${firstRow}:${lastColumn}${lastRow}`, "Poste refacturé", "oui : la commune paie ce poste par facture directe, hors attribution de compensation"),
    );
  }
  return { sheetName: settlementSheetName(year), ops, tables: [{ name: settlementTableName(year), address: table, style: "TableStyleMedium2" }], select: `C${firstRow}` };
}
