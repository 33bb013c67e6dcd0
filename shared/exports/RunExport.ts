import type { DistributionKey } from "../quoteParts/scenario/distributionKeys";

/** One line of a cost item in an export: a commune's share, or the Métropole's rest. Numbers are decimal text (`"1234.50"`). */
export interface RunExportLine {
  /** INSEE code, or the Métropole's SIREN. */
  readonly code: string;
  readonly name: string;
  readonly weight: string;
  readonly totalWeight: string;
  /** Months or days of adhesion; absent on the Métropole's line, which carries the rest rather than a prorated share. */
  readonly periods?: number;
  /** Exact share in euros, ten decimals. */
  readonly exact: string;
  /** Rounded share in euros, two decimals. */
  readonly amount: string;
  readonly isMetropole: boolean;
}

/** A cost item in an export: its description and its lines (communes by INSEE code, then the Métropole). */
export interface RunExportItem {
  readonly id: string;
  readonly label: string;
  readonly set: string;
  readonly key: DistributionKey;
  readonly keyLabel: string;
  readonly amount: string;
  readonly lines: readonly RunExportLine[];
}

/** A commune's total over the items and its attribution de compensation adjustment. */
export interface RunExportTotal {
  readonly code: string;
  readonly name: string;
  readonly amount: string;
  readonly acAdjustment: string;
}

/**
 * Quote-parts laid out for the CSV and XLSX exports, renderer-neutral: every figure as decimal text,
 * with the sums the exports check (Σ items = Σ communes + Σ Métropole, AC = − Σ communes).
 */
export interface RunExport {
  readonly year: number;
  /** Header of the months/days column: `Mois`, or `Jours (sur 365)` with the daily prorata. */
  readonly periodsLabel: string;
  readonly metropole: { readonly id: string; readonly name: string };
  readonly items: readonly RunExportItem[];
  readonly totals: readonly RunExportTotal[];
  readonly sums: { readonly items: string; readonly communes: string; readonly metropole: string; readonly acAdjustment: string };
}
