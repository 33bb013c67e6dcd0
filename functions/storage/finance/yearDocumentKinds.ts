import { DOSSIER_ROWS } from "../dossier/dossierRows";

/** A kind of yearly finance document, saved as a whole with If-Match, every version kept. */
export interface YearDocumentKind {
  /** Short name, in row keys and blob folders. */
  readonly name: "costitems" | "financeconfig";
  /** The pointer row of a year. */
  readonly row: (year: number) => string;
}

/** The year's cost items. */
export const COST_ITEMS: YearDocumentKind = { name: "costitems", row: DOSSIER_ROWS.costItems };

/** The year's finance configuration: how each member settles (AC already included, invoiced items, CCAS). */
export const FINANCE_CONFIG: YearDocumentKind = { name: "financeconfig", row: DOSSIER_ROWS.financeConfig };
