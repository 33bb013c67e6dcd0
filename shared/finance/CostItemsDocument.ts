import type { DistributionKey } from "../quoteParts";

/** A cost item as stored and shown: the scenario file's fields, in canonical form. */
export interface CostItemEntry {
  readonly id: string;
  readonly label: string;
  /** `A`, `B`, `C` or `C:<domain>`. */
  readonly set: string;
  /** Euros with two decimals, `"120000.00"`. */
  readonly amount: string;
  readonly key: DistributionKey;
  /** `custom` key only: weight by INSEE code or the Métropole's SIREN. */
  readonly weights?: Readonly<Record<string, number>>;
}

/** A year's mutualised cost items, as finance enters them (JSON, canonical: defaults filled in). */
export interface CostItemsDocument {
  readonly metropole: { readonly weights: Readonly<Record<string, number>> };
  readonly rounding: "cent" | "euro";
  readonly prorata: "monthly" | "daily";
  readonly items: readonly CostItemEntry[];
}
