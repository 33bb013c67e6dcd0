import { calendarDateSchema } from "./calendarDateSchema";
import { setRefSchema } from "./setRefSchema";
import { strictObject } from "./strictObject";

/** An adhesion of a commune to a set (or a C domain) from `from` (included) to `to` (excluded, optional). */
export const adhesionSchema = strictObject(
  { set: setRefSchema, from: calendarDateSchema, to: calendarDateSchema.optional() },
  "adhésion { set, from, to }",
);
