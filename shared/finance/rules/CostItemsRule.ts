import type { Problem } from "../../validation/problem";
import type { ParsedCostItems } from "../costItemsSchema";

/** Who may be named in a cost-items document: the Métropole (by SIREN) and the EPCI's communes. */
export interface CostItemsParties {
  readonly metropoleId: string;
  readonly communeIds: readonly string[];
}

/** A rule across the records of a well-shaped cost-items document, named as the claim it checks. */
export type CostItemsRule = (document: ParsedCostItems, parties: CostItemsParties) => Problem[];
