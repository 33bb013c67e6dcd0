import type { SetRef } from "../../catalogue/setRef";
import type { DistributionKey } from "./distributionKeys";

/** An adhesion of a commune to a set (or one C domain), as day numbers: `from` included, `to` excluded (undefined: open-ended). */
export interface Adhesion {
  readonly set: SetRef;
  readonly from: number;
  readonly to?: number | undefined;
}

/** A member commune: INSEE code, name, adhesions and figures (`postes`, `agents`, `sites`, `users:<domain>`), and how it settles. */
export interface Member {
  readonly id: string;
  readonly name: string;
  readonly adhesions: readonly Adhesion[];
  readonly weights: Readonly<Record<string, number>>;
  /** The part of its yearly participation its attribution de compensation already carries, in cents. */
  readonly acAlreadyIncludedCents: bigint;
  /** The cost items it pays by direct invoice instead of a deduction from its AC. */
  readonly invoicedItems: readonly string[];
  /** Shown with its CCAS (« CHENÔVE + CCAS »): the CCAS is counted with its commune. */
  readonly withCcas: boolean;
}

/** The Métropole: its SIREN and its own figures; it takes part in every cost item, all year. */
export interface Metropole {
  readonly id: string;
  readonly weights: Readonly<Record<string, number>>;
}

/** A mutualised cost item; `amount` in cents; `weights` (by participant id) for the `custom` key only. */
export interface CostItem {
  readonly id: string;
  readonly label: string;
  readonly set: SetRef;
  readonly amount: bigint;
  readonly key: DistributionKey;
  readonly weights?: Readonly<Record<string, number>> | undefined;
}

/** A checked quote-part scenario (PRODUCT.md §5): dates as day numbers, sets parsed, amounts in cents. */
export interface Scenario {
  readonly year: number;
  readonly rounding: "cent" | "euro";
  readonly prorata: "monthly" | "daily";
  readonly metropole: Metropole;
  readonly members: readonly Member[];
  readonly costItems: readonly CostItem[];
}
