import type { SetRef } from "../catalogue/setRef";
import type { DistributionKey } from "./scenario/distributionKeys";

/** An exact rational amount of cents, `numerator / denominator` (denominator > 0). */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** One commune's line of a cost item, with its derivation. */
export interface QuotePartShare {
  /** INSEE code. */
  readonly id: string;
  readonly name: string;
  /** The commune's weight under the item's key, as given. */
  readonly weight: number;
  /** Months (monthly prorata) or days (daily prorata) the commune takes part. */
  readonly periods: number;
  /** amount × weight / total weight × periods / periods in year, in cents, exact. */
  readonly exactCents: Fraction;
  /** The exact share rounded by largest remainder, in cents (a multiple of 100 with euro rounding). */
  readonly cents: bigint;
}

/** A cost item shared out: the communes' lines and the Métropole's, adding up exactly to the amount. */
export interface QuotePartItem {
  readonly id: string;
  readonly label: string;
  readonly set: SetRef;
  readonly key: DistributionKey;
  readonly amountCents: bigint;
  /** Σ weights of the participants, the Métropole included. */
  readonly totalWeight: number;
  /** The Métropole's line: it takes all the year and carries the unbilled rest (amount − Σ communes). */
  readonly metropole: { readonly weight: number; readonly exactCents: Fraction; readonly cents: bigint };
  /** Participating communes by INSEE code ascending. */
  readonly shares: readonly QuotePartShare[];
}

/**
 * A commune's total over the cost items and how it is settled (PRODUCT.md §5): the part on items it
 * pays by invoice, the part its AC already carries, and the adjustment of its attribution de
 * compensation = −(total − invoiced) + already included.
 */
export interface QuotePartTotal {
  readonly id: string;
  readonly name: string;
  /** The name as tables show it: « CHENÔVE + CCAS » when counted with its CCAS. */
  readonly label: string;
  readonly cents: bigint;
  readonly invoicedCents: bigint;
  readonly acAlreadyIncludedCents: bigint;
  readonly acAdjustmentCents: bigint;
}

/** The quote-parts of a scenario: every item's lines and every member's total (by INSEE code ascending). */
export interface QuoteParts {
  readonly year: number;
  readonly rounding: "cent" | "euro";
  readonly prorata: "monthly" | "daily";
  /** 12 (monthly prorata) or the days of the year (daily prorata). */
  readonly periodsInYear: number;
  readonly metropoleId: string;
  readonly items: readonly QuotePartItem[];
  readonly totals: readonly QuotePartTotal[];
}
