import { columnLetter } from "../../shared/layout/columnLetter";
import { formatCents } from "../../shared/quoteParts/report/formatCents";
import type { CostItemsVersion } from "../api/apiTypes";
import type { SheetOp } from "../sheet/SheetOp";
import type { SheetValue } from "../sheet/TemplatePlan";
import type { TableSheetPlan } from "../sheet/TableSheetPlan";
import { formatDateTime } from "../ui/format/formatDateTime";
import { EURO_FORMAT, TEXT_FORMAT } from "./euroFormats";
import { moneyNumber, signedCents } from "./signedCents";

/** The sheet comparing every saved version of a year's cost items. */
export function costItemsVersionsSheetName(year: number): string {
  return `Versions des postes ${year}`;
}

const HEADER_ROW = 4;
const CHANGED = "#FFF4CE";

/**
 * Plans the sheet "Versions des postes <year>": one row per cost item ever entered (identifier,
 * latest label), one column per saved version (« Version 2 — 03/12/2026 10:32 — who ») with the
 * item's amount in it (blank when the version did not have it), a total row, and the amounts that
 * changed from the previous version highlighted.
 */
export function planCostItemsVersionsSheet(year: number, versions: readonly CostItemsVersion[]): TableSheetPlan {
  const labels = new Map<string, string>();
  for (const version of versions) for (const item of version.items) labels.set(item.id, item.label);
  const ids = [...labels.keys()];
  const amountIn = (version: CostItemsVersion | undefined, id: string) => version?.items.find((item) => item.id === id)?.amount;
  const header: SheetValue[] = ["Identifiant", "Libellé", ...versions.map((version, index) => `Version ${index + 1} — ${formatDateTime(version.savedAt)} — ${version.savedBy}`)];
  const rows: SheetValue[][] = ids.map((id) => [id, labels.get(id) ?? id, ...versions.map((version) => {
    const amount = amountIn(version, id);
    return amount === undefined ? "" : moneyNumber(amount);
  })]);
  const totals: SheetValue[] = ["", "Total", ...versions.map((version) => moneyNumber(formatCents(version.items.reduce((sum, item) => sum + signedCents(item.amount), 0n))))];
  const lastColumn = columnLetter(header.length);
  const lastRow = HEADER_ROW + Math.max(rows.length, 1);
  const table = `A${HEADER_ROW}:${lastColumn}${lastRow}`;
  if (rows.length === 0) rows.push(header.map(() => ""));
  const formats = header.map((_, index) => (index < 2 ? TEXT_FORMAT : EURO_FORMAT));
  const ops: SheetOp[] = [
    { kind: "columns", columns: [110, 240, ...versions.map(() => 150)].map((widthPoints, index) => ({ address: `${columnLetter(index + 1)}:${columnLetter(index + 1)}`, widthPoints, hidden: false })) },
    { kind: "values", address: "A1:A2", grid: [[`Versions enregistrées des postes de coût ${year}`], ["Une colonne par version enregistrée, de la plus ancienne à la plus récente ; en jaune, les montants changés depuis la version précédente. Montants en euros."]] },
    { kind: "format", run: { address: "A1", format: { bold: true, fontSize: 14, fontColor: "#1F3864" } } },
    { kind: "format", run: { address: "A2", format: { italic: true, fontColor: "#595959" } } },
    { kind: "numberFormats", address: table, grid: [header.map(() => TEXT_FORMAT), ...rows.map(() => formats)] },
    { kind: "values", address: table, grid: [header, ...rows] },
    { kind: "format", run: { address: `A${HEADER_ROW}:${lastColumn}${HEADER_ROW}`, format: { wrap: true, vertical: "Top" } } },
    { kind: "numberFormats", address: `A${lastRow + 1}:${lastColumn}${lastRow + 1}`, grid: [formats] },
    { kind: "values", address: `A${lastRow + 1}:${lastColumn}${lastRow + 1}`, grid: [totals] },
    { kind: "format", run: { address: `A${lastRow + 1}:${lastColumn}${lastRow + 1}`, format: { bold: true, borders: ["EdgeTop"], borderColor: "#A6A6A6" } } },
    { kind: "freezeRows", rows: HEADER_ROW },
  ];
  ids.forEach((id, row) => {
    versions.forEach((version, index) => {
      if (index > 0 && amountIn(version, id) !== amountIn(versions[index - 1], id)) ops.push({ kind: "format", run: { address: `${columnLetter(index + 3)}${HEADER_ROW + 1 + row}`, format: { fill: CHANGED } } });
    });
  });
  return { sheetName: costItemsVersionsSheetName(year), ops, tables: [{ name: `VersionsPostes_${year}`, address: table, style: "TableStyleLight9" }], select: "A1" };
}
