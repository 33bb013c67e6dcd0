import { columnLetter } from "../../shared/layout/columnLetter";
import { isBlankCell } from "../../shared/layout/isBlankCell";
import type { Problem } from "../../shared/validation/problem";
import type { Grid } from "../workbook/Grid";
import { cellText, readAmountCell, readNumberCell } from "./cellReaders";
import { invoicedItemOfHeader, SETTLEMENT_HEADER_ROW, SETTLEMENT_HEADERS } from "./settlementTables";

/** A member's settlement as typed, before the shared checks. */
export interface SettlementInput {
  acAlreadyIncluded?: string;
  invoicedItems?: string[];
  withCcas?: boolean;
}

/** The settlement sheet read: the document the API takes, where each member is (for messages), what could not be read. */
export interface SettlementReading {
  readonly input: { readonly members: Record<string, SettlementInput> };
  /** Sheet row and name of each member, by INSEE code. */
  readonly rows: Readonly<Record<string, { readonly row: number; readonly name: string }>>;
  readonly problems: readonly Problem[];
  /** The cells that could not be read (« D8 »), in the order of the problems. */
  readonly problemCells: readonly string[];
}

const YES_WORDS = new Set(["oui", "o", "x", "vrai", "yes", "1"]);
const NO_WORDS = new Set(["non", "n", "faux", "no", "0", ""]);

/** A oui/non cell; undefined when it is neither. */
function readYesNo(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  const text = cellText(value).toLowerCase();
  return YES_WORDS.has(text) ? true : NO_WORDS.has(text) ? false : undefined;
}

/**
 * Reads the settlement table (header row first) into the finance configuration the API takes:
 * members by INSEE code with their CCAS, the part already in their AC and the items they pay by
 * invoice (the item of each column read from its header « Libellé (identifiant) », so columns may
 * be moved). Blank rows are skipped; what cannot be read is reported by its cell and commune
 * (« cellule D8 (Dijon) »), the table being where the sheet puts it (column A, header row 5).
 */
export function readSettlementSheet(grid: Grid): SettlementReading {
  const problems: Problem[] = [];
  const problemCells: string[] = [];
  const header = grid[0] ?? [];
  const columnOf = (title: string) => header.findIndex((cell) => cellText(cell) === title);
  const [inseeColumn, nameColumn, ccasColumn, acColumn] = SETTLEMENT_HEADERS.map(columnOf) as [number, number, number, number];
  SETTLEMENT_HEADERS.forEach((title, index) => {
    if ([inseeColumn, nameColumn, ccasColumn, acColumn][index] === -1) problems.push({ path: `ligne ${SETTLEMENT_HEADER_ROW}`, message: `colonne « ${title} » introuvable : rouvrez le règlement dans une feuille` });
  });
  const itemColumns = header.flatMap((cell, column) => {
    const id = column === inseeColumn || column === nameColumn || column === ccasColumn || column === acColumn ? undefined : invoicedItemOfHeader(cell);
    return id ? [{ id, column }] : [];
  });
  const members: Record<string, SettlementInput> = {};
  const rows: Record<string, { row: number; name: string }> = {};
  if (inseeColumn === -1) return { input: { members }, rows, problems, problemCells };
  grid.slice(1).forEach((line, index) => {
    if (line.every(isBlankCell)) return;
    const row = SETTLEMENT_HEADER_ROW + 1 + index;
    const insee = cellText(line[inseeColumn]);
    const name = cellText(line[nameColumn]) || insee;
    const where = `ligne ${row}${name ? ` (${name})` : ""}`;
    const refuse = (column: number, message: string) => {
      const cell = `${columnLetter(column + 1)}${row}`;
      problems.push({ path: `cellule ${cell}${name ? ` (${name})` : ""}`, message });
      problemCells.push(cell);
    };
    const earlier = rows[insee];
    if (insee === "" || earlier) {
      problems.push({ path: where, message: earlier ? `commune ${insee} déjà en ligne ${earlier.row}` : "code INSEE manquant" });
      return;
    }
    rows[insee] = { row, name };
    const settlement: SettlementInput = {};
    const ccas = ccasColumn === -1 ? false : readYesNo(line[ccasColumn]);
    if (ccas === undefined) refuse(ccasColumn, `${SETTLEMENT_HEADERS[2]} : « ${cellText(line[ccasColumn])} » lu, oui ou non attendu`);
    else if (ccas) settlement.withCcas = true;
    const ac = acColumn === -1 ? "" : line[acColumn];
    if (!isBlankCell(ac)) {
      if (typeof ac !== "number" && readNumberCell(ac) === undefined) refuse(acColumn, `${SETTLEMENT_HEADERS[3]} : « ${cellText(ac)} » lu, montant en euros attendu (par exemple 421000 ou 421 000,50)`);
      else settlement.acAlreadyIncluded = readAmountCell(ac);
    }
    const invoiced: string[] = [];
    for (const { id, column } of itemColumns) {
      const answer = readYesNo(line[column]);
      if (answer === undefined) refuse(column, `${cellText(header[column])} : « ${cellText(line[column])} » lu, oui ou non attendu`);
      else if (answer) invoiced.push(id);
    }
    if (invoiced.length > 0) settlement.invoicedItems = invoiced;
    members[insee] = settlement;
  });
  return { input: { members }, rows, problems, problemCells };
}
