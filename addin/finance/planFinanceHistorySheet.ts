import type { AuditEntryView } from "../api/apiTypes";
import type { SheetOp } from "../sheet/SheetOp";
import type { SheetValue } from "../sheet/TemplatePlan";
import type { TableSheetPlan } from "../sheet/TableSheetPlan";
import { formatDateTime } from "../ui/format/formatDateTime";
import { describeHistoryEntry } from "./describeHistoryEntry";
import type { ChangeNames } from "./describeSettlementChanges";
import { TEXT_FORMAT } from "./euroFormats";

/** The sheet a year's finance history is written into. */
export function financeHistorySheetName(year: number): string {
  return `Historique finances ${year}`;
}

const HEADER_ROW = 4;
const HEADERS = ["Date", "Par", "Événement", "Détail"];

/**
 * Plans the sheet "Historique finances <year>": one entry of the year's finance journal after the
 * other, oldest first — when, who, what (cost items saved, settlement per member saved, run computed
 * or published, correction opened or abandoned) — and its details one per row below it (amounts
 * before → after, commune by commune, reasons), in an Excel table that can be filtered.
 */
export function planFinanceHistorySheet(year: number, entries: readonly AuditEntryView[], names: ChangeNames): TableSheetPlan {
  const rows: SheetValue[][] = [];
  const titleRows: number[] = [];
  for (const entry of entries) {
    const told = describeHistoryEntry(entry, names);
    titleRows.push(HEADER_ROW + 1 + rows.length);
    const [first, ...rest] = told.lines;
    rows.push([formatDateTime(entry.at), entry.actor, told.title, first ?? ""]);
    for (const line of rest) rows.push(["", "", "", line]);
  }
  if (rows.length === 0) rows.push(["", "", `Rien n'a encore été enregistré pour ${year}.`, ""]);
  const lastRow = HEADER_ROW + rows.length;
  const table = `A${HEADER_ROW}:D${lastRow}`;
  const ops: SheetOp[] = [
    { kind: "columns", columns: [105, 150, 210, 520].map((widthPoints, index) => ({ address: `${"ABCD"[index]}:${"ABCD"[index]}`, widthPoints, hidden: false })) },
    {
      kind: "values",
      address: "A1:A2",
      grid: [[`Historique des finances ${year}`], ["Du plus ancien au plus récent : postes de coût et règlement par commune (avant → après), calculs, publications, corrections et leur motif."]],
    },
    { kind: "format", run: { address: "A1", format: { bold: true, fontSize: 14, fontColor: "#1F3864" } } },
    { kind: "format", run: { address: "A2", format: { italic: true, fontColor: "#595959" } } },
    { kind: "numberFormats", address: table, grid: [HEADERS.map(() => TEXT_FORMAT), ...rows.map(() => HEADERS.map(() => TEXT_FORMAT))] },
    { kind: "values", address: table, grid: [HEADERS, ...rows] },
    ...titleRows.map((row): SheetOp => ({ kind: "format", run: { address: `A${row}:D${row}`, format: { borders: ["EdgeTop"], borderColor: "#A6A6A6" } } })),
    ...titleRows.map((row): SheetOp => ({ kind: "format", run: { address: `C${row}`, format: { bold: true } } })),
    { kind: "freezeRows", rows: HEADER_ROW },
  ];
  return { sheetName: financeHistorySheetName(year), ops, tables: [{ name: `HistoriqueFinances_${year}`, address: table, style: "TableStyleLight9" }], select: `A${lastRow}` };
}
