import type { z } from "zod";
import { scenarioShapeSchema, strictObject } from "../quoteParts";

const { metropole, rounding, prorata, costItems } = scenarioShapeSchema.shape;

/**
 * The shape of a year's cost-items document, as finance types it: the Métropole's own figures,
 * the rounding and prorata options and the cost items, each field read exactly as in a scenario
 * file (PRODUCT.md §5). The Métropole's id is not typed: it is the configured EPCI SIREN.
 */
export const costItemsSchema = strictObject(
  { metropole: strictObject({ weights: metropole.shape.weights }, "Métropole { weights }"), rounding, prorata, items: costItems },
  "postes de coût { metropole, rounding, prorata, items }",
);

/** A cost-items document whose shape is checked, values as given. */
export type ParsedCostItems = z.output<typeof costItemsSchema>;
