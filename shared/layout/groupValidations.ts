import { cellAddress } from "./cellAddress";
import type { LayoutValidation } from "./sheetLayout";
import { VALIDATION_RULES, type ValidationRuleName } from "./validationRules";

/** One validated cell before grouping. */
export interface ValidatedCell {
  readonly row: number;
  readonly column: number;
  readonly rule: ValidationRuleName;
}

/** Groups validated cells into vertical runs of one rule ("E10:E12"), column by column, top to bottom. */
export function groupValidations(cells: readonly ValidatedCell[]): LayoutValidation[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const groups: LayoutValidation[] = [];
  let start: ValidatedCell | undefined;
  let end: ValidatedCell | undefined;
  const close = () => {
    if (!start || !end) return;
    const from = cellAddress(start.row, start.column);
    const range = end.row === start.row ? from : `${from}:${cellAddress(end.row, end.column)}`;
    groups.push({ range, rule: VALIDATION_RULES[start.rule] });
  };
  for (const cell of sorted) {
    const continues = start && end && cell.column === end.column && cell.row === end.row + 1 && cell.rule === start.rule;
    if (!continues) {
      close();
      start = cell;
    }
    end = cell;
  }
  close();
  return groups;
}
