import type { MemberDifference } from "../finance/runDifferences";
import type { DistributionKey } from "../quoteParts/scenario/distributionKeys";

/** One line of a cost item in an export: a commune's share, or the Métropole's rest. Numbers are decimal text (`"1234.50"`). */
export interface RunExportLine {
  /** INSEE code, or the Métropole's SIREN. */
  readonly code: string;
  /** The member's label (« Dijon + CCAS » when its CCAS is counted with it), or the Métropole's name. */
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

/**
 * A member's settlement (PRODUCT.md §5): its participation over the items, the part of it invoiced
 * directly, the part its attribution de compensation already carries, and the AC adjustment.
 */
export interface RunExportTotal {
  readonly code: string;
  /** The member's label (« Dijon + CCAS » when its CCAS is counted with it). */
  readonly name: string;
  readonly amount: string;
  readonly invoiced: string;
  readonly acAlreadyIncluded: string;
  readonly acAdjustment: string;
}

/** Which run an export shows: the identification every export carries (sheet, header and footer, CSV preamble). */
export interface RunExportIdentity {
  readonly runId: string;
  /** The cut-off day, `YYYY-MM-DD`. */
  readonly cutoff: string;
  readonly status: "calcule" | "publie" | "remplace";
  /** The status in French (« publié »). */
  readonly statusLabel: string;
  /** « En année pleine »: each adhesion held at the cut-off counted for 12 months. */
  readonly fullYear: boolean;
  /** A corrective run: the published run it cancels and replaces, and why. */
  readonly corrects?: { readonly runId: string; readonly reason: string };
  /** A replaced run: the corrective run that replaced it, and the day (`YYYY-MM-DD`, Paris). */
  readonly replacedBy?: { readonly runId: string; readonly on: string };
}

/** A corrective run's differences per member against the run it replaces (members whose figures changed). */
export interface RunExportDifferences {
  /** The replaced run. */
  readonly against: string;
  readonly members: readonly MemberDifference[];
}

/**
 * Quote-parts laid out for the CSV and XLSX exports, renderer-neutral: every figure as decimal text,
 * with the sums the exports check (Σ items = Σ communes + Σ Métropole; Σ AC = −(Σ communes − Σ
 * invoiced) + Σ already included), the run it comes from, and a corrective run's differences.
 */
export interface RunExport {
  readonly year: number;
  readonly run: RunExportIdentity;
  /** Header of the months/days column: `Mois`, or `Jours (sur 365)` with the daily prorata. */
  readonly periodsLabel: string;
  readonly metropole: { readonly id: string; readonly name: string };
  readonly items: readonly RunExportItem[];
  readonly totals: readonly RunExportTotal[];
  readonly sums: {
    readonly items: string;
    readonly communes: string;
    readonly invoiced: string;
    readonly acAlreadyIncluded: string;
    readonly acAdjustment: string;
    readonly metropole: string;
  };
  readonly differences?: RunExportDifferences;
}
