import { z } from "zod";
import { INSEE_CODE } from "../identifiers/inseeCode";

/** A commune's request that its data be destroyed after it left (staff record it). */
export const erasureRequestSchema = z
  .object({
    confirm: z.string().regex(INSEE_CODE, "code INSEE de la commune attendu, pour confirmer"),
    reason: z.string().trim().min(1, "motif requis (demande de la commune, date du courrier…)").max(2000),
    /** Erase even though a year the commune took part in has no published quote-parts yet (its share will then fall to the Métropole). */
    acknowledgeUnpublishedYears: z.boolean().optional(),
  })
  .strict();

/** A checked erasure request. */
export type ErasureRequest = z.output<typeof erasureRequestSchema>;
