import { z } from "zod";
import { inseeCodeSchema } from "../identifiers/inseeCodeSchema";
import { settlementFields } from "../quoteParts/scenario/settlementFields";
import { strictObject } from "../quoteParts/scenario/strictObject";
import { fieldError } from "../validation/fieldError";

/** How one member settles its quote-parts in a year (PRODUCT.md §5 "Settlement"). */
export const memberSettlementSchema = strictObject(settlementFields, "règlement { acAlreadyIncluded?, invoicedItems?, withCcas? }");

/**
 * A year's finance configuration, as finance types it: for each member commune (by INSEE code) the
 * part of its participation its AC already carries, the cost items it pays by direct invoice, and
 * whether it is shown with its CCAS. Members not listed settle everything through their AC.
 */
export const financeConfigSchema = strictObject(
  { members: z.record(inseeCodeSchema, memberSettlementSchema, { error: fieldError("objet { code INSEE : règlement } attendu") }) },
  "configuration financière { members }",
);

/** A finance configuration whose shape is checked, values as given. */
export type ParsedFinanceConfig = z.output<typeof financeConfigSchema>;
