import { isBlankCell } from "../../shared/layout/isBlankCell";
import { parseFrenchNumber } from "../../shared/layout/parseFrenchNumber";
import type { Problem } from "../../shared/validation/problem";
import type { Grid } from "../workbook/Grid";
import { cellText, readAmountCell as readAmount, readNumberCell as readNumber } from "./cellReaders";
import { ITEMS_HEADER_ROW } from "./costItemsTables";

/** A cost-items document as read from the sheet, before the shared checks. */
export interface CostItemsInput {
  readonly metropole: { readonly weights: Record<string, number> };
  readonly rounding: "cent" | "euro";
  readonly prorata: "monthly" | "daily";
  readonly items: Record<string, unknown>[];
}

/** The sheet read: the document, the sheet row of each item (for messages), and what could not be read. */
export interface CostItemsReading {
  readonly input: CostItemsInput;
  readonly itemRows: readonly number[];
  readonly problems: readonly Problem[];
}

/** Custom weights written `21231=10 ; 242100410=5`; undefined when unreadable. */
export function parseCustomWeights(text: string): Record<string, number> | undefined {
  const weights: Record<string, number> = {};
  for (const part of text.split(/[;\n]/).map((piece) => piece.trim()).filter((piece) => piece !== "")) {
    const match = /^([0-9AB]{5,9})\s*[=:]\s*(.+)$/i.exec(part);
    const weight = match ? parseFrenchNumber(match[2]!.replace(".", ",")) : undefined;
    if (!match || weight === undefined) return undefined;
    weights[match[1]!.toUpperCase()] = weight;
  }
  return weights;
}

/**
 * Reads the cost-items table and the Métropole's figures (each grid with its header row first) into
 * the document the API takes; blank rows are skipped, unreadable cells reported by sheet row.
 */
export function readCostItemsSheet(items: Grid, figures: Grid, options: { rounding: "cent" | "euro"; prorata: "monthly" | "daily" }): CostItemsReading {
  const problems: Problem[] = [];
  const itemRows: number[] = [];
  const documentItems: Record<string, unknown>[] = [];
  items.slice(1).forEach((row, index) => {
    if (row.every(isBlankCell)) return;
    const sheetRow = ITEMS_HEADER_ROW + 1 + index;
    const [id, label, set, amount, key, custom] = row;
    const item: Record<string, unknown> = { id: cellText(id), label: cellText(label), set: cellText(set).toUpperCase(), amount: readAmount(amount), key: cellText(key) };
    const customText = cellText(custom);
    if (customText !== "") {
      const weights = parseCustomWeights(customText);
      if (weights) item.weights = weights;
      else problems.push({ path: `ligne ${sheetRow}`, message: `poids spécifiques illisibles « ${customText} » : écrivez par exemple « 21231=10 ; 242100410=5 »` });
    }
    itemRows.push(sheetRow);
    documentItems.push(item);
  });
  const weights: Record<string, number> = {};
  for (const [name, value] of figures.slice(1)) {
    const figure = cellText(name);
    if (figure === "" || isBlankCell(value)) continue;
    const number = readNumber(value);
    if (number === undefined) problems.push({ path: `Métropole, ${figure}`, message: `nombre attendu, lu « ${cellText(value)} »` });
    else weights[figure] = number;
  }
  return { input: { metropole: { weights }, rounding: options.rounding, prorata: options.prorata, items: documentItems }, itemRows, problems };
}

/** A problem of the shared checks with its item path (`items[2].amount`) told as a sheet row (« ligne 7 »). */
export function locateCostItemProblem(problem: Problem, itemRows: readonly number[]): Problem {
  const match = /^items\[(\d+)\](?:\.(.*))?$/.exec(problem.path);
  const row = match ? itemRows[Number(match[1])] : undefined;
  return row === undefined ? problem : { path: `ligne ${row}${match?.[2] ? ` (${match[2]})` : ""}`, message: problem.message };
}
