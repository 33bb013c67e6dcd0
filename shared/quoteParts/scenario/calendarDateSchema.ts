import { z } from "zod";
import { parseCalendarDay } from "../../calendar/parseCalendarDay";
import { fieldError } from "../../validation/fieldError";
import { quoteValue } from "../../validation/quoteValue";

const describe = (input: unknown) => `date invalide ${quoteValue(input)} : date réelle au format AAAA-MM-JJ attendue`;

/** A real date written `YYYY-MM-DD` (kept as text; `toScenario` turns it into a day number). */
export const calendarDateSchema = z
  .string({ error: fieldError(describe) })
  .refine((text) => parseCalendarDay(text) !== undefined, { error: (issue) => describe(issue.input) });
