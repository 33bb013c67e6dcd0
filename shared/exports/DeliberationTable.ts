import type { z } from "zod";
import type { deliberationTableSchema } from "../api/deliberationViews";

/** The council's table (« tableau de la délibération »), as the API answers it: see `deliberationTableSchema`. */
export type DeliberationTable = z.infer<typeof deliberationTableSchema>;

/** A run the council's table is drawn from. */
export type DeliberationRun = DeliberationTable["runs"]["year"];
