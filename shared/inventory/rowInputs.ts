import type { RowInput } from "./rowDefinition";

/** A text answer only (product, technology, addresses…). */
export const TEXT: RowInput = { description: "required" };
/** A count only; the description may add detail. */
export const COUNT: RowInput = { quantity: "integer", description: "optional" };
/** A count (0 = not used) and, when used, the description (software, equipment). */
export const COUNT_NAMED: RowInput = { quantity: "integer", description: "whenUsed" };
/** A decimal quantity (km, volume) with the description when used. */
export const MEASURE: RowInput = { quantity: "decimal", description: "whenUsed" };
/** Free "Autres" rows: nothing required. */
export const FREE: RowInput = { quantity: "integer", description: "optional" };
