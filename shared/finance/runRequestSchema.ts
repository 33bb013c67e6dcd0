import { z } from "zod";
import { isoDateSchema } from "../calendar/isoDateSchema";

/** A request to compute a year's quote-parts from the data known on a cutoff day. */
export const runRequestSchema = z.object({ cutoff: isoDateSchema }).strict();

/** A checked run request. */
export type RunRequest = z.output<typeof runRequestSchema>;
