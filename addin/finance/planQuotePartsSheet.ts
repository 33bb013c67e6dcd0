import { columnLetter } from "../../shared/layout/columnLetter";
import type { CostItemEntry } from "../../shared/finance/CostItemsDocument";
import { DISTRIBUTION_KEY_LABELS } from "../../shared/exports/distributionKeyLabels";
import { formatCents } from "../../shared/quoteParts/report/formatCents";
import type { QuotePartReport } from "../../shared/quoteParts/report/QuotePartReport";
import type { SheetOp } from "../sheet/SheetOp";
import type { SheetValue } from "../sheet/TemplatePlan";
import type { TablePlan, TableSheetPlan } from "../sheet/TableSheetPlan";
import { EURO_FORMAT, TEXT_FORMAT } from "./euroFormats";
import { moneyNumber, signedCents } from "./signedCents";

/** What the quote-parts sheet needs besides the report: the run, its cost items (from its snapshot) and names. */
export interface QuotePartsSheetContext {
  readonly runId: string;
  readonly statusLabel: string;
  readonly items: readonly CostItemEntry[];
  readonly names: ReadonlyMap<string, string>;
  readonly metropole: { readonly id: string; readonly name: string };
}

const LINE_HEADERS = ["Code", "Nom", "Poids", "Poids total", "Mois", "Montant exact (€)", "Quote-part (€)"];
const TOTAL_HEADERS = ["Code INSEE", "Commune", "Quote-part totale (€)", "Ajustement de l'AC (€)"];
const LINE_FORMATS = [TEXT_FORMAT, TEXT_FORMAT, "General", "General", "General", TEXT_FORMAT, EURO_FORMAT];
const TOTAL_FORMATS = [TEXT_FORMAT, TEXT_FORMAT, EURO_FORMAT, EURO_FORMAT];
const sum = (values: readonly bigint[]) => values.reduce((total, value) => total + value, 0n);
/** A valid, unique Excel table name from an item id. */
const tableName = (year: number, id: string) => `QuotesParts_${year}_${id.replace(/[^A-Za-z0-9_]/g, "_")}`;
/** The exact share as French decimal text (no float rounding). */
const exactText = (exact: string) => exact.replace(".", ",");

/**
 * Plans the sheet "Quotes-parts <year>": a table per cost item (each commune's weight, months or
 * days, exact and rounded share, then the Métropole's rest), a totals table with each commune's
 * quote-part and AC adjustment, the check rows (Σ items = Σ communes + Métropole, computed exactly
 * in cents), and a native column chart of the shares per commune. Euro format, French labels.
 */
export function planQuotePartsSheet(report: QuotePartReport, context: QuotePartsSheetContext): TableSheetPlan {
  const ops: SheetOp[] = [];
  const tables: TablePlan[] = [];
  const nameOf = (id: string) => context.names.get(id) ?? id;
  const put = (row: number, grid: SheetValue[][], formats?: readonly string[]) => {
    const last = columnLetter(grid[0]?.length ?? 1);
    const address = `A${row}:${last}${row + grid.length - 1}`;
    if (formats) ops.push({ kind: "numberFormats", address, grid: grid.map(() => [...formats]) });
    ops.push({ kind: "values", address, grid });
    return address;
  };
  const title = (row: number, text: string, size?: number) => {
    put(row, [[text]]);
    ops.push({ kind: "format", run: { address: `A${row}`, format: { bold: true, fontColor: "#1F3864", ...(size ? { fontSize: size } : {}) } } });
  };
  ops.push({ kind: "columns", columns: [70, 200, 80, 90, 60, 140, 120].map((widthPoints, index) => ({ address: `${columnLetter(index + 1)}:${columnLetter(index + 1)}`, widthPoints, hidden: false })) });
  title(1, `Quotes-parts ${report.year} — calcul ${context.runId} (${context.statusLabel})`, 14);
  put(2, [["Chaque poste se répartit exactement entre les communes (arrondi au plus fort reste) et la Métropole, qui porte le reste. Montants en euros."]]);
  ops.push({ kind: "format", run: { address: "A2", format: { italic: true, fontColor: "#595959" } } });
  let row = 4;
  const itemCents: bigint[] = [];
  const metropoleCents: bigint[] = [];
  for (const item of report.items) {
    const entry = context.items.find((candidate) => candidate.id === item.id);
    const key = entry ? DISTRIBUTION_KEY_LABELS[entry.key] : "";
    const shareCents = item.shares.map((share) => signedCents(share.amount));
    const total = sum(shareCents) + signedCents(item.metropole);
    // The check compares the distribution with the amount entered, when the run's cost item is known.
    itemCents.push(entry ? signedCents(entry.amount) : total);
    metropoleCents.push(signedCents(item.metropole));
    title(row, `${entry?.label ?? item.id} (${item.id}) — ensemble ${entry?.set ?? "?"} — clé : ${key} — montant : ${formatCents(total).replace(".", ",")} €`);
    const periods = item.shares[0] && "days" in item.shares[0] ? "Jours" : "Mois";
    const lines: SheetValue[][] = item.shares.map((share) => [
      share.id,
      nameOf(share.id),
      share.weight,
      share.totalWeight,
      "months" in share ? share.months : share.days,
      exactText(share.exact),
      moneyNumber(share.amount),
    ]);
    lines.push([context.metropole.id, `${context.metropole.name} (reste à charge)`, "", item.shares[0]?.totalWeight ?? "", "", "", moneyNumber(item.metropole)]);
    const address = put(row + 1, [LINE_HEADERS.map((header) => (header === "Mois" ? periods : header)), ...lines], LINE_FORMATS);
    tables.push({ name: tableName(report.year, item.id), address, style: "TableStyleLight9" });
    ops.push({ kind: "format", run: { address: `F${row + 2}:F${row + 1 + lines.length}`, format: { horizontal: "Right" } } });
    row += lines.length + 4;
  }
  title(row, `Totaux par commune ${report.year} et ajustement de l'attribution de compensation (AC)`);
  const totalsHeaderRow = row + 1;
  const totals = report.totals.map((total): SheetValue[] => [total.id, nameOf(total.id), moneyNumber(total.amount), moneyNumber(total.acAdjustment)]);
  const totalsAddress = put(totalsHeaderRow, [TOTAL_HEADERS, ...totals], TOTAL_FORMATS);
  tables.push({ name: `QuotesParts_${report.year}_Totaux`, address: totalsAddress, style: "TableStyleMedium2" });
  const communes = sum(report.totals.map((total) => signedCents(total.amount)));
  const metropole = sum(metropoleCents);
  const items = sum(itemCents);
  const difference = items - communes - metropole;
  const checkRow = totalsHeaderRow + totals.length + 2;
  const money = (cents: bigint) => moneyNumber(formatCents(cents));
  put(
    checkRow,
    [
      ["", "Total des communes", money(communes), money(-communes)],
      ["", `${context.metropole.name} (reste à charge)`, money(metropole), ""],
      ["", "Total des postes de coût", money(items), ""],
      ["", difference === 0n ? "Contrôle : postes = communes + Métropole — OK" : "Contrôle : ÉCART entre les postes et leur répartition", money(difference), ""],
    ],
    TOTAL_FORMATS,
  );
  ops.push({ kind: "format", run: { address: `A${checkRow}:D${checkRow + 3}`, format: { bold: true, borders: ["EdgeTop", "EdgeBottom"], borderColor: "#A6A6A6" } } });
  ops.push({ kind: "format", run: { address: `B${checkRow + 3}:C${checkRow + 3}`, format: { fill: difference === 0n ? "#DFF6DD" : "#FDE7E9" } } });
  return {
    sheetName: `Quotes-parts ${report.year}`,
    ops,
    tables,
    ...(totals.length > 0
      ? { chart: { type: "ColumnClustered" as const, source: `B${totalsHeaderRow}:C${totalsHeaderRow + totals.length}`, title: `Quote-part ${report.year} par commune`, topLeft: "I4", bottomRight: "R24" } }
      : {}),
    select: "A1",
  };
}
