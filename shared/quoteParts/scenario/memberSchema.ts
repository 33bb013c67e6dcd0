import { z } from "zod";
import { adhesionSchema } from "./adhesionSchema";
import { fieldError } from "../../validation/fieldError";
import { inseeCodeSchema } from "../../identifiers/inseeCodeSchema";
import { nonBlankTextSchema } from "./nonBlankTextSchema";
import { strictObject } from "./strictObject";
import { weightsSchema } from "./weightsSchema";

/** A member commune: INSEE code, name, adhesions and figures. */
export const memberSchema = strictObject(
  {
    id: inseeCodeSchema,
    name: nonBlankTextSchema,
    adhesions: z.array(adhesionSchema, { error: fieldError("liste d'adhésions attendue") }),
    weights: weightsSchema,
  },
  "commune { id, name, adhesions, weights }",
);
