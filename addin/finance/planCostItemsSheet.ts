import { DISTRIBUTION_KEYS } from "../../shared/quoteParts/scenario/distributionKeys";
import type { CostItemEntry } from "../../shared/finance/CostItemsDocument";
import { columnLetter } from "../../shared/layout/columnLetter";
import type { SheetOp } from "../sheet/SheetOp";
import type { TableSheetPlan } from "../sheet/TableSheetPlan";
import { costItemsTableNames, COST_ITEM_HEADERS, ITEMS_HEADER_ROW, METROPOLE_FIGURES, METROPOLE_HEADERS } from "./costItemsTables";
import { EURO_FORMAT, TEXT_FORMAT } from "./euroFormats";

/** What the sheet shows: a year's cost items and the Métropole's figures (nothing yet for a new year). */
export interface CostItemsContent {
  readonly items: readonly CostItemEntry[];
  readonly metropoleWeights: Readonly<Record<string, number>>;
}

/** Custom weights as one cell: `21231=10 ; 242100410=5`. */
export function formatCustomWeights(weights: Readonly<Record<string, number>> | undefined): string {
  return Object.entries(weights ?? {})
    .map(([id, weight]) => `${id}=${String(weight).replace(".", ",")}`)
    .join(" ; ");
}

const WIDTHS = [110, 260, 80, 110, 130, 220];

/**
 * Plans the sheet "Postes de coût <year>": a title, a how-to line, the cost-items table (one row per
 * item, or one empty row to start with) with a list of keys, then the Métropole's figures table.
 */
export function planCostItemsSheet(year: number, content: CostItemsContent): TableSheetPlan {
  const names = costItemsTableNames(year);
  const rows = content.items.length > 0 ? content.items.map((item) => [item.id, item.label, item.set, Number(item.amount), item.key, formatCustomWeights(item.weights)]) : [["", "", "", "", "", ""]];
  const lastItemRow = ITEMS_HEADER_ROW + rows.length;
  const figures = [...new Set([...METROPOLE_FIGURES, ...Object.keys(content.metropoleWeights)])];
  const metropoleTitleRow = lastItemRow + 2;
  const metropoleHeaderRow = metropoleTitleRow + 1;
  const lastFigureRow = metropoleHeaderRow + figures.length;
  const itemsArea = `A${ITEMS_HEADER_ROW}:F${lastItemRow}`;
  const ops: SheetOp[] = [
    { kind: "columns", columns: WIDTHS.map((widthPoints, index) => ({ address: `${columnLetter(index + 1)}:${columnLetter(index + 1)}`, widthPoints, hidden: false })) },
    { kind: "values", address: "A1:A2", grid: [[`Postes de coût mutualisés ${year}`], ["Un poste par ligne. Ensemble : A, B, C ou C:<domaine 1 à 16>. Clé : postes, agents, sites, users (utilisateurs du domaine), equal (parts égales) ou custom (poids spécifiques « 21231=10 ; 242100410=5 »). Montants en euros, 2 décimales au plus."]] },
    { kind: "format", run: { address: "A1", format: { bold: true, fontSize: 14, fontColor: "#1F3864" } } },
    { kind: "format", run: { address: "A2:F2", format: { italic: true, fontColor: "#595959", wrap: true } } },
    { kind: "merge", address: "A2:F2" },
    { kind: "numberFormats", address: itemsArea, grid: [[...COST_ITEM_HEADERS].map(() => TEXT_FORMAT), ...rows.map(() => [TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, EURO_FORMAT, TEXT_FORMAT, TEXT_FORMAT])] },
    { kind: "values", address: itemsArea, grid: [[...COST_ITEM_HEADERS], ...rows] },
    {
      kind: "validation",
      validation: {
        address: `E${ITEMS_HEADER_ROW + 1}:E${lastItemRow + 200}`,
        rule: { list: { inCellDropDown: true, source: DISTRIBUTION_KEYS.join(",") } },
        errorAlert: { title: "Clé inconnue", message: `Clé de répartition attendue : ${DISTRIBUTION_KEYS.join(", ")}.`, style: "Stop", showAlert: true },
        prompt: { title: "Clé de répartition", message: "postes, agents, sites, users, equal ou custom", showPrompt: true },
      },
    },
    { kind: "values", address: `A${metropoleTitleRow}`, grid: [["Chiffres de la Métropole (sa propre part dans chaque clé ; users:<domaine> pour la clé users)"]] },
    { kind: "format", run: { address: `A${metropoleTitleRow}`, format: { bold: true, fontColor: "#1F3864" } } },
    { kind: "numberFormats", address: `A${metropoleHeaderRow}:B${lastFigureRow}`, grid: [[TEXT_FORMAT, TEXT_FORMAT], ...figures.map(() => [TEXT_FORMAT, "General"])] },
    { kind: "values", address: `A${metropoleHeaderRow}:B${lastFigureRow}`, grid: [[...METROPOLE_HEADERS], ...figures.map((figure) => [figure, content.metropoleWeights[figure] ?? ""])] },
    { kind: "freezeRows", rows: ITEMS_HEADER_ROW },
  ];
  return {
    sheetName: `Postes de coût ${year}`,
    ops,
    tables: [
      { name: names.items, address: itemsArea, style: "TableStyleMedium2" },
      { name: names.metropole, address: `A${metropoleHeaderRow}:B${lastFigureRow}`, style: "TableStyleLight9" },
    ],
    select: `A${ITEMS_HEADER_ROW + 1}`,
  };
}
