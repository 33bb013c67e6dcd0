import { columnLetter } from "../../shared/layout/columnLetter";
import type { CostItemEntry } from "../../shared/finance/CostItemsDocument";
import { DISTRIBUTION_KEY_LABELS } from "../../shared/exports/distributionKeyLabels";
import { formatCents } from "../../shared/quoteParts/report/formatCents";
import type { QuotePartReport } from "../../shared/quoteParts/report/QuotePartReport";
import type { MemberDifference } from "../api/apiTypes";
import type { SheetOp } from "../sheet/SheetOp";
import type { SheetValue } from "../sheet/TemplatePlan";
import type { TablePlan, TableSheetPlan } from "../sheet/TableSheetPlan";
import { formatDay } from "../ui/format/formatDateTime";
import { EURO_FORMAT, TEXT_FORMAT } from "./euroFormats";
import { quotePartsSheetName } from "./quotePartsSheetName";
import { moneyNumber, signedCents } from "./signedCents";

/** What the quote-parts sheet needs besides the report: the run (as the API describes it), its cost items (from its snapshot), the Métropole. */
export interface QuotePartsSheetContext {
  readonly runId: string;
  readonly statusLabel: string;
  /** Once published (or replaced), its warnings read as acknowledged rather than to acknowledge. */
  readonly status?: "calcule" | "publie" | "remplace";
  readonly cutoff?: string;
  readonly fullYear?: boolean;
  /** A corrective run: the run it replaces, and why. */
  readonly corrects?: string;
  readonly correctionReason?: string;
  /** A replaced run: the corrective run that replaced it. */
  readonly replacedBy?: string;
  readonly warnings?: readonly { readonly message: string }[];
  /** A corrective (or replaced) run: each member whose figures differ from the other run. */
  readonly differences?: readonly MemberDifference[];
  readonly items: readonly CostItemEntry[];
  readonly metropole: { readonly id: string; readonly name: string };
}

const LINE_HEADERS = ["Code", "Nom", "Poids", "Poids total", "Mois", "Montant exact (€)", "Quote-part (€)"];
const LINE_FORMATS = [TEXT_FORMAT, TEXT_FORMAT, "General", "General", "General", TEXT_FORMAT, EURO_FORMAT];
const TOTAL_HEADERS = ["Code INSEE", "Commune", "Participation (€)", "Dont refacturé (€)", "Déjà compris dans l'AC (€)", "Ajustement de l'AC (€)"];
const TOTAL_FORMATS = [TEXT_FORMAT, TEXT_FORMAT, EURO_FORMAT, EURO_FORMAT, EURO_FORMAT, EURO_FORMAT];
const DIFFERENCE_HEADERS = ["Code INSEE", "Commune", "Participation avant (€)", "Participation après (€)", "Écart de participation (€)", "Ajustement de l'AC avant (€)", "Ajustement de l'AC après (€)", "Écart d'ajustement (€)"];
const DIFFERENCE_FORMATS = [TEXT_FORMAT, TEXT_FORMAT, EURO_FORMAT, EURO_FORMAT, EURO_FORMAT, EURO_FORMAT, EURO_FORMAT, EURO_FORMAT];
const SUMMARY_FORMATS = [TEXT_FORMAT, TEXT_FORMAT, EURO_FORMAT];
const TITLE_COLOR = "#1F3864";
const sum = (values: readonly bigint[]) => values.reduce((total, value) => total + value, 0n);
const money = (cents: bigint) => moneyNumber(formatCents(cents));
/** The exact share as French decimal text (no float rounding). */
const exactText = (exact: string) => exact.replace(".", ",");

/** What the run is, in one line under the title. */
function runLine(context: QuotePartsSheetContext): string {
  return [
    context.cutoff ? `Données au ${formatDay(context.cutoff)}` : "",
    context.fullYear ? "en année pleine : chaque adhésion en vigueur à cette date comptée 12 mois (tableau de la délibération, ne se publie pas)" : "",
    context.corrects ? `calcul correctif : annule et remplace le calcul ${context.corrects}${context.correctionReason ? ` — motif : ${context.correctionReason}` : ""}` : "",
    context.replacedBy ? `remplacé par le calcul correctif ${context.replacedBy}` : "",
  ]
    .filter((part) => part !== "")
    .join(" · ");
}

/**
 * Plans the sheet "Quotes-parts <year>" of a run: what the run is (cut-off, full year, corrective),
 * its warnings, the year's summary (cost items, communes' participation, invoiced, AC adjustments,
 * Métropole, and a check computed exactly in cents), each member's participation, part invoiced,
 * part already in its AC and AC adjustment (names « + CCAS » as the report gives them) with a native
 * column chart of the participation per commune, the difference per member with the run it
 * replaces (corrective run), then a table per cost item (weights, months or days, exact and rounded
 * shares, the Métropole's rest). Euro format, French labels.
 */
export function planQuotePartsSheet(report: QuotePartReport, context: QuotePartsSheetContext): TableSheetPlan {
  const ops: SheetOp[] = [];
  const tables: TablePlan[] = [];
  const prefix = context.fullYear ? `QuotesPartsAnneePleine_${report.year}` : `QuotesParts_${report.year}`;
  const put = (row: number, grid: SheetValue[][], formats?: readonly string[]) => {
    const address = `A${row}:${columnLetter(grid[0]?.length ?? 1)}${row + grid.length - 1}`;
    if (formats) ops.push({ kind: "numberFormats", address, grid: grid.map(() => [...formats]) });
    ops.push({ kind: "values", address, grid });
    return address;
  };
  const title = (row: number, text: string, options: { size?: number; color?: string } = {}) => {
    put(row, [[text]]);
    ops.push({ kind: "format", run: { address: `A${row}`, format: { bold: true, fontColor: options.color ?? TITLE_COLOR, ...(options.size ? { fontSize: options.size } : {}) } } });
  };
  ops.push({ kind: "columns", columns: [80, 260, 110, 110, 120, 130, 120, 120].map((widthPoints, index) => ({ address: `${columnLetter(index + 1)}:${columnLetter(index + 1)}`, widthPoints, hidden: false })) });
  title(1, `Quotes-parts ${report.year} — calcul ${context.runId} (${context.statusLabel})`, { size: 14 });
  put(2, [["Participation de chaque commune, part refacturée, part déjà comprise dans l'AC et ajustement de l'attribution de compensation ; puis le détail de chaque poste (arrondi au plus fort reste, la Métropole porte le reste). Montants en euros."]]);
  put(3, [[runLine(context)]]);
  ops.push({ kind: "format", run: { address: "A2:A3", format: { italic: true, fontColor: "#595959" } } });
  let row = 5;

  const warnings = context.warnings ?? [];
  if (warnings.length > 0) {
    title(row, context.status === "publie" || context.status === "remplace" ? `Avertissements (${warnings.length}) — confirmés à la publication` : `Avertissements (${warnings.length}) — à confirmer avant de publier`, { color: "#BC4B09" });
    put(row + 1, warnings.map((warning) => [warning.message]));
    ops.push({ kind: "format", run: { address: `A${row + 1}:H${row + warnings.length}`, format: { fill: "#FFF4CE" } } });
    row += warnings.length + 2;
  }

  // The summary: the check compares the items' amounts with their distribution, exactly in cents.
  const itemsTotal = sum(report.items.map((item) => signedCents(item.amount)));
  const communes = sum(report.items.flatMap((item) => item.shares.map((share) => signedCents(share.amount))));
  const metropole = sum(report.items.map((item) => signedCents(item.metropole)));
  const difference = itemsTotal - communes - metropole;
  title(row, `Synthèse ${report.year}`);
  put(
    row + 1,
    [
      ["", "Total des postes de coût", moneyNumber(report.summary.costItems)],
      ["", "Participation des communes", moneyNumber(report.summary.communes)],
      ["", "dont refacturé directement", moneyNumber(report.summary.invoiced)],
      ["", "Ajustement des attributions de compensation", moneyNumber(report.summary.acAdjustment)],
      ["", `${context.metropole.name} (reste à charge)`, moneyNumber(report.summary.metropole)],
      ["", difference === 0n ? "Contrôle : postes = communes + Métropole — OK" : "Contrôle : ÉCART entre les postes et leur répartition", money(difference)],
    ],
    SUMMARY_FORMATS,
  );
  ops.push({ kind: "format", run: { address: `B${row + 1}:C${row + 6}`, format: { borders: ["EdgeTop", "EdgeBottom", "InsideHorizontal"], borderColor: "#D9D9D9" } } });
  ops.push({ kind: "format", run: { address: `B${row + 6}:C${row + 6}`, format: { bold: true, fill: difference === 0n ? "#DFF6DD" : "#FDE7E9" } } });
  row += 8;

  title(row, `Participation par commune ${report.year} et ajustement de l'attribution de compensation (AC)`);
  const totalsHeaderRow = row + 1;
  const totals = report.totals.map((total): SheetValue[] => [total.id, total.name, moneyNumber(total.amount), moneyNumber(total.invoiced), moneyNumber(total.acAlreadyIncluded), moneyNumber(total.acAdjustment)]);
  tables.push({ name: `${prefix}_Totaux`, address: put(totalsHeaderRow, [TOTAL_HEADERS, ...totals], TOTAL_FORMATS), style: "TableStyleMedium2" });
  const column = (pick: (total: QuotePartReport["totals"][number]) => string) => money(sum(report.totals.map((total) => signedCents(pick(total)))));
  const sumRow = totalsHeaderRow + totals.length + 1;
  put(sumRow, [["", "Total des communes", column((total) => total.amount), column((total) => total.invoiced), column((total) => total.acAlreadyIncluded), column((total) => total.acAdjustment)]], TOTAL_FORMATS);
  ops.push({ kind: "format", run: { address: `A${sumRow}:F${sumRow}`, format: { bold: true, borders: ["EdgeTop"], borderColor: "#A6A6A6" } } });
  row = sumRow + 2;

  if (context.differences) {
    const other = context.corrects ? `le calcul remplacé ${context.corrects}` : `le calcul correctif ${context.replacedBy ?? ""}`;
    title(row, `Écarts par commune avec ${other} (après − avant)`);
    if (context.differences.length === 0) {
      put(row + 1, [["Aucune commune ne change de participation ni d'ajustement de l'AC."]]);
      row += 3;
    } else {
      const lines = context.differences.map((member): SheetValue[] => [
        member.id,
        member.name,
        ...[member.before.amount, member.after.amount, member.difference.amount, member.before.acAdjustment, member.after.acAdjustment, member.difference.acAdjustment].map(moneyNumber),
      ]);
      tables.push({ name: `${prefix}_Ecarts`, address: put(row + 1, [DIFFERENCE_HEADERS, ...lines], DIFFERENCE_FORMATS), style: "TableStyleMedium4" });
      row += lines.length + 3;
    }
  }

  title(row, "Détail par poste de coût");
  row += 2;
  for (const item of report.items) {
    const entry = context.items.find((candidate) => candidate.id === item.id);
    const key = entry ? DISTRIBUTION_KEY_LABELS[entry.key] : "";
    title(row, `${item.label} (${item.id}) — ensemble ${entry?.set ?? "?"} — clé : ${key} — montant : ${item.amount.replace(".", ",")} €`);
    const periods = item.shares[0] && "days" in item.shares[0] ? "Jours" : "Mois";
    const lines: SheetValue[][] = item.shares.map((share) => [share.id, share.name, share.weight, share.totalWeight, "months" in share ? share.months : share.days, exactText(share.exact), moneyNumber(share.amount)]);
    lines.push([context.metropole.id, `${context.metropole.name} (reste à charge)`, "", item.shares[0]?.totalWeight ?? "", "", "", moneyNumber(item.metropole)]);
    const address = put(row + 1, [LINE_HEADERS.map((header) => (header === "Mois" ? periods : header)), ...lines], LINE_FORMATS);
    tables.push({ name: `${prefix}_${item.id.replace(/[^A-Za-z0-9_]/g, "_")}`, address, style: "TableStyleLight9" });
    ops.push({ kind: "format", run: { address: `F${row + 2}:F${row + 1 + lines.length}`, format: { horizontal: "Right" } } });
    row += lines.length + 4;
  }
  return {
    sheetName: quotePartsSheetName(report.year, context.fullYear === true),
    ops,
    tables,
    ...(totals.length > 0
      ? { chart: { type: "ColumnClustered" as const, source: `B${totalsHeaderRow}:C${totalsHeaderRow + totals.length}`, title: `Participation ${report.year} par commune${context.fullYear ? " (année pleine)" : ""}`, topLeft: `I${totalsHeaderRow}`, bottomRight: `R${totalsHeaderRow + 20}` } }
      : {}),
    select: "A1",
  };
}
