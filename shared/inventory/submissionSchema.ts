import { z } from "zod";
import { SET_IDS } from "../catalogue/serviceSets";
import { inseeCodeSchema } from "../identifiers/inseeCodeSchema";
import { inventorySchema } from "./inventorySchema";

const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

/** What a commune submits: who it is, the sets (and C domains) it chooses, and its description organique. */
export const submissionSchema = z
  .object({
    commune: z.object({ insee: inseeCodeSchema, name: z.string().trim().max(100, "100 caractères au plus") }).strict(),
    sets: z.array(z.enum(SET_IDS, { message: "ensemble A, B ou C attendu" })).max(3).refine(unique, "ensemble cité deux fois"),
    domains: z
      .array(z.number().int("numéro de domaine entier attendu").min(1, "domaine 1 à 16 attendu").max(16, "domaine 1 à 16 attendu"))
      .max(16)
      .refine(unique, "domaine cité deux fois"),
    inventory: inventorySchema,
  })
  .strict();

export type Submission = z.output<typeof submissionSchema>;
