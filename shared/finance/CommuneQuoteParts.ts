import type { DistributionKey } from "../quoteParts";

/** A commune's line of a cost item, with the item's description and the line's derivation. */
export interface CommuneQuotePartLine {
  readonly item: string;
  readonly label: string;
  readonly set: string;
  readonly key: DistributionKey;
  readonly weight: number;
  readonly totalWeight: number;
  /** Monthly prorata. */
  readonly months?: number;
  /** Daily prorata: days of adhesion over days in the year. */
  readonly days?: number;
  readonly daysInYear?: number;
  /** Exact prorated share in euros, ten decimals. */
  readonly exact: string;
  /** Rounded share in euros, `"1234.50"`. */
  readonly amount: string;
}

/** One commune's quote-parts for a year: its lines only, its total and its AC adjustment. */
export interface CommuneQuoteParts {
  readonly year: number;
  readonly insee: string;
  readonly lines: readonly CommuneQuotePartLine[];
  /** Its participation, the part it pays by invoice, the part its AC already carries, and the AC adjustment. */
  readonly total: { readonly amount: string; readonly invoiced: string; readonly acAlreadyIncluded: string; readonly acAdjustment: string };
}
