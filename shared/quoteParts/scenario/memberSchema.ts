import { z } from "zod";
import { adhesionSchema } from "./adhesionSchema";
import { fieldError } from "../../validation/fieldError";
import { inseeCodeSchema } from "../../identifiers/inseeCodeSchema";
import { nonBlankTextSchema } from "./nonBlankTextSchema";
import { strictObject } from "./strictObject";
import { settlementFields } from "./settlementFields";
import { weightsSchema } from "./weightsSchema";

/** A member commune: INSEE code, name, adhesions and figures, and how it settles (see settlementFields). */
export const memberSchema = strictObject(
  {
    id: inseeCodeSchema,
    name: nonBlankTextSchema,
    adhesions: z.array(adhesionSchema, { error: fieldError("liste d'adhésions attendue") }),
    weights: weightsSchema,
    ...settlementFields,
  },
  "commune { id, name, adhesions, weights, acAlreadyIncluded?, invoicedItems?, withCcas? }",
);
