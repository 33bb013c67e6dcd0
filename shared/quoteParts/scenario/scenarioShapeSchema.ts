import { z } from "zod";
import { costItemSchema } from "./costItemSchema";
import { fieldError } from "../../validation/fieldError";
import { memberSchema } from "./memberSchema";
import { metropoleSchema } from "./metropoleSchema";
import { quoteValue } from "../../validation/quoteValue";
import { strictObject } from "./strictObject";

const yearMessage = "l'année doit être un entier entre 2000 et 2100";

/**
 * The shape of a quote-part scenario file (PRODUCT.md §5), field by field, values kept as given.
 * Rules across records (duplicates, missing weights, …) are checked after it, see `scenarioRules`.
 */
export const scenarioShapeSchema = strictObject(
  {
    year: z.number({ error: fieldError(yearMessage) }).int({ error: yearMessage }).min(2000, { error: yearMessage }).max(2100, { error: yearMessage }),
    rounding: z.enum(["cent", "euro"], { error: (issue) => `arrondi inconnu ${quoteValue(issue.input)} : attendu « cent » ou « euro »` }).default("cent"),
    prorata: z
      .enum(["monthly", "daily"], { error: (issue) => `prorata inconnu ${quoteValue(issue.input)} : attendu « monthly » (au mois) ou « daily » (au jour)` })
      .default("monthly"),
    metropole: metropoleSchema,
    members: z.array(memberSchema, { error: fieldError("liste de communes attendue") }),
    costItems: z.array(costItemSchema, { error: fieldError("liste de postes de coût attendue") }),
  },
  "scénario { year, metropole, members, costItems }",
);

/** A scenario whose shape is checked, values as given (text dates, sets and amounts). */
export type ScenarioShape = z.output<typeof scenarioShapeSchema>;
