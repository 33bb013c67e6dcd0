import { z } from "zod";
import { isoDateSchema } from "../calendar/isoDateSchema";

/**
 * A request to compute a year's quote-parts from the data known on a cutoff day — « en année
 * pleine » (`fullYear`: each adhesion held at the cut-off counted for 12 months) for the council's
 * « Années N+1 et suivantes ».
 */
export const runRequestSchema = z.object({ cutoff: isoDateSchema, fullYear: z.boolean().optional() }).strict();

/** A checked run request. */
export type RunRequest = z.output<typeof runRequestSchema>;
