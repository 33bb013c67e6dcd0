import { z } from "zod";
import { findingSchema } from "./findingSchema";

/** One thing wrong with an input: the field path (`items[0].amount`, a cell `E46`, or `""` for the whole) and why. */
export const problemSchema = z.strictObject({ path: z.string(), message: z.string() });

/**
 * Every refusal (4xx) and failure (5xx): a stable code, a French message, the problems by field
 * path; a refused deposit also lists the findings of the checks.
 */
export const errorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.string().describe("Code stable (requete_invalide, acces_refuse, conflit…)"),
    message: z.string().describe("Message en français"),
    problems: z.array(problemSchema).optional(),
  }),
  findings: z.array(findingSchema).optional(),
});

/** An error answer's body. */
export type ErrorBody = z.infer<typeof errorBodySchema>;
