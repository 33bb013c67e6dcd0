import { z } from "zod";
import { parseIsoDate } from "./calendarDate";

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

/** A calendar date `YYYY-MM-DD` (French message otherwise). */
export const isoDateSchema = z.string().refine(isIsoDate, { message: "date attendue au format AAAA-MM-JJ (par exemple 2025-05-01)" });
