import { REFERENT_FIELDS, type Referent } from "../inventory/referent";
import { formatPath } from "../validation/formatPath";
import type { Origin } from "./submissionDraft";
import { submissionPath } from "./submissionPath";

type Field = keyof Referent;
type SheetRow = { readonly values: Partial<Record<Field, string>>; readonly cells: Partial<Record<Field, string>> };

/** Collects the référent rows of a sheet; blank rows are skipped, the others keep their order. */
export interface ReferentCollector {
  /** Records one field of the référent on sheet row `row` (0-based among référent rows). */
  put(row: number, field: Field, value: string | undefined, cell: string): void;
  /** The référents of the non-blank rows, recording where each field came from under its path. */
  finish(origins: Map<string, Origin>): Referent[];
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
    finish(origins) {
      const filled = [...rows.entries()].filter(([, row]) => Object.keys(row.values).length > 0).sort(([a], [b]) => a - b);
      return filled.map(([, row], index) => {
        for (const { key: field } of REFERENT_FIELDS) {
          const ref = { kind: "referent", index, field } as const;
          const cell = row.cells[field];
          if (cell) origins.set(formatPath(submissionPath(ref)), { ref, cell });
        }
        return { nom: row.values.nom ?? "", prenom: row.values.prenom ?? "", fonction: row.values.fonction ?? "", telephone: row.values.telephone ?? "", email: row.values.email ?? "" };
      });
    },
  };
}
