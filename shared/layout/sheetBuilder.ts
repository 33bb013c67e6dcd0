import type { CellRef } from "../inventory/cellRef";
import { cellAddress } from "./cellAddress";
import { CELL_STYLES, type CellStyle } from "./cellStyles";
import { groupValidations, type ValidatedCell } from "./groupValidations";
import { SHEET_COLUMNS } from "./sheetColumns";
import type { CellValue, ColumnRole, LayoutCell, NamedRange, SheetLayout } from "./sheetLayout";
import type { ValidationRuleName } from "./validationRules";

/** The parts of a layout that the builder accumulates. */
export type BuiltSheet = Pick<SheetLayout, "rowCount" | "cells" | "merges" | "validations" | "names">;

/** Accumulates the rows of a sheet layout, top to bottom (local state of one build, nothing shared). */
export interface SheetBuilder {
  /** Starts the next row, writing its key in the hidden key column when given; returns its number. */
  nextRow(key?: string): number;
  /** Writes a cell of the row in the column with this role; returns its A1 address. */
  cell(row: number, role: ColumnRole, value: CellValue, style: CellStyle, ref?: CellRef): string;
  /** Merges the cells of a row from one column to another. */
  merge(row: number, from: ColumnRole, to: ColumnRole): void;
  /** A full-width banner row (section header, title…) with its key. */
  banner(key: string, text: string, style: CellStyle, to?: ColumnRole): number;
  validate(row: number, role: ColumnRole, rule: ValidationRuleName): void;
  /** Defines a workbook name for a cell or a range ("B34:F39"). */
  name(name: string, address: string): void;
  build(): BuiltSheet;
}

/** A new, empty builder for the sheet named `sheetName`. */
export function createSheetBuilder(sheetName: string): SheetBuilder {
  let rowCount = 0;
  const cells: LayoutCell[] = [];
  const merges: string[] = [];
  const validated: ValidatedCell[] = [];
  const names: NamedRange[] = [];
  const builder: SheetBuilder = {
    nextRow(key) {
      rowCount += 1;
      if (key !== undefined) builder.cell(rowCount, "key", key, "key");
      return rowCount;
    },
    cell(row, role, value, style, ref) {
      const column = SHEET_COLUMNS[role].index;
      const address = cellAddress(row, column);
      const input = !CELL_STYLES[style].locked;
      cells.push({ address, row, column, value, style, input, ...(ref ? { ref } : {}) });
      return address;
    },
    merge(row, from, to) {
      merges.push(`${cellAddress(row, SHEET_COLUMNS[from].index)}:${cellAddress(row, SHEET_COLUMNS[to].index)}`);
    },
    banner(key, text, style, to = "unit") {
      const row = builder.nextRow(key);
      builder.cell(row, "domain", text, style);
      builder.merge(row, "domain", to);
      return row;
    },
    validate(row, role, rule) {
      validated.push({ row, column: SHEET_COLUMNS[role].index, rule });
    },
    name(name, address) {
      const absolute = address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      names.push({ name, address, reference: `'${sheetName.replace(/'/g, "''")}'!${absolute}` });
    },
    build() {
      const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
      return { rowCount, cells: sorted, merges: [...merges], validations: groupValidations(validated), names: [...names] };
    },
  };
  return builder;
}
