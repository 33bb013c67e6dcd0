import type { AdhesionPeriod } from "../adhesion/adhesionPeriods";
import type { CostItemEntry } from "./CostItemsDocument";

/** A member commune in a scenario file: INSEE code, name, adhesion periods and figures. */
export interface ScenarioFileMember {
  readonly id: string;
  readonly name: string;
  readonly adhesions: readonly AdhesionPeriod[];
  readonly weights: Readonly<Record<string, number>>;
  /** Settlement (PRODUCT.md §5): the part already in its AC, items invoiced directly, counted with its CCAS. */
  readonly acAlreadyIncluded?: string;
  readonly invoicedItems?: readonly string[];
  readonly withCcas?: boolean;
}

/**
 * A scenario file (PRODUCT.md §5) as plain JSON: what the CLI reads, what a simulation posts and
 * what a run freezes as its input snapshot.
 */
export interface ScenarioFile {
  readonly year: number;
  readonly rounding: "cent" | "euro";
  readonly prorata: "monthly" | "daily";
  readonly metropole: { readonly id: string; readonly weights: Readonly<Record<string, number>> };
  readonly members: readonly ScenarioFileMember[];
  readonly costItems: readonly CostItemEntry[];
}
