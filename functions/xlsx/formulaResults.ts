import { cellAddress } from "../../shared/layout/cellAddress";
import type { WrittenCell } from "./scanWorksheet";
import type { FormulaCell } from "./worksheetGrid";

/** A formula result read from the worksheet part: where, and its value. */
export interface FormulaResult {
  readonly row: number;
  readonly column: number;
  readonly value: string | number | boolean;
}

/**
 * What the worksheet part says of the formula cells ExcelJS read without a result (`formulas`),
 * from the part's written cells (`scanWorksheet`): ExcelJS drops a result of 0 or FALSE, and reads
 * an empty text result (`t="str"`, what Excel and LibreOffice write for =SI(A1="";"";…)) as none.
 * Those cells get their written value back (`results`; empty text stays blank); the cells with no
 * `<v>` at all are `missing` — files written by scripts (ExcelJS, openpyxl) store formulas without
 * their values, and what Excel would show there is unknown. Without the part, every such formula
 * is missing.
 */
export function formulaResults(formulas: readonly FormulaCell[], written: readonly WrittenCell[] | undefined): { missing: FormulaCell[]; results: FormulaResult[] } {
  if (formulas.length === 0 || !written) return { missing: [...formulas], results: [] };
  const wanted = new Set(formulas.map((formula) => formula.address));
  const byAddress = new Map(written.map((cell) => [cellAddress(cell.row, cell.column), cell] as const).filter(([address]) => wanted.has(address)));
  const missing: FormulaCell[] = [];
  const results: FormulaResult[] = [];
  for (const formula of formulas) {
    const cell = byAddress.get(formula.address);
    const value = cell?.text === undefined ? undefined : resultOf(cell.type, cell.text);
    if (value === undefined || !cell) missing.push(formula);
    else if (value !== "") results.push({ row: cell.row, column: cell.column, value });
  }
  return { missing, results };
}

/** A written result by its type: a number (no type, or "n"), a boolean ("b"), text ("str", "e": an error code); undefined when unreadable. */
function resultOf(type: string | undefined, text: string): string | number | boolean | undefined {
  if (type === "b") return text === "1" ? true : text === "0" ? false : undefined;
  if (type === "str" || type === "e") return text;
  if (type !== undefined && type !== "n") return undefined;
  if (text === "") return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : undefined;
}
