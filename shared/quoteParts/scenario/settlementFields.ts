import { z } from "zod";
import { fieldError } from "../../validation/fieldError";
import { amountSchema } from "./amountSchema";
import { nonBlankTextSchema } from "./nonBlankTextSchema";

/**
 * How a member settles its quote-part (PRODUCT.md §5 "Settlement"), in a scenario and in a year's
 * finance configuration alike: the part its attribution de compensation already carries, the cost
 * items it pays by direct invoice, and whether it is shown with its CCAS (« CHENÔVE + CCAS »).
 */
export const settlementFields = {
  acAlreadyIncluded: amountSchema.optional(),
  invoicedItems: z.array(nonBlankTextSchema, { error: fieldError("liste d'identifiants de postes de coût attendue") }).optional(),
  withCcas: z.boolean({ error: fieldError("vrai ou faux attendu (la commune est comptée avec son CCAS)") }).optional(),
};
