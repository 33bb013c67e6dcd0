import type { Referent } from "../inventory/referent";

type Field = keyof Referent;
type SheetRow = { readonly values: Partial<Record<Field, string>>; readonly cells: Partial<Record<Field, string>> };

/** The référents read from a sheet, and where each one's cells are in the sheet. */
export interface CollectedReferents {
  /** The référents of the non-blank rows, in sheet order. */
  readonly referents: Referent[];
  /**
   * The A1 address of each field, by place in the submission: `cells[i]` is the row of
   * `referents[i]`; the blank rows follow in sheet order (where a référent not yet named would go).
   */
  readonly cells: readonly Partial<Record<Field, string>>[];
}

/** Collects the référent rows of a sheet; blank rows are skipped, the others keep their order. */
export interface ReferentCollector {
  /** Records one field of the référent on sheet row `row` (0-based among référent rows). */
  put(row: number, field: Field, value: string | undefined, cell: string): void;
  /** The référents of the non-blank rows and the cells of every row, renumbered as in the submission. */
  finish(): CollectedReferents;
}

/** A new, empty référent collector. */
export function createReferentCollector(): ReferentCollector {
  const rows = new Map<number, SheetRow>();
  return {
    put(row, field, value, cell) {
      const sheetRow = rows.get(row) ?? { values: {}, cells: {} };
      rows.set(row, sheetRow);
      sheetRow.cells[field] = cell;
      if (value !== undefined) sheetRow.values[field] = value;
    },
    finish() {
      const inOrder = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
      const filled = inOrder.filter((row) => Object.keys(row.values).length > 0);
      const blank = inOrder.filter((row) => Object.keys(row.values).length === 0);
      return {
        referents: filled.map(({ values }) => ({
          nom: values.nom ?? "",
          prenom: values.prenom ?? "",
          fonction: values.fonction ?? "",
          telephone: values.telephone ?? "",
          email: values.email ?? "",
        })),
        cells: [...filled, ...blank].map((row) => row.cells),
      };
    },
  };
}
