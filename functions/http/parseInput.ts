import type { z } from "zod";
import { parseWith } from "../../shared/validation/parseWith";
import { badRequest } from "./apiError";

/** Checks input against a schema; a 400 listing every problem with its field path otherwise. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what = "Requête"): z.output<S> {
  const result = parseWith(schema, input);
  if (!result.ok) throw badRequest(`${what} invalide : ${result.problems.length} problème(s).`, result.problems);
  return result.value;
}
