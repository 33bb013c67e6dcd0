import { z } from "zod";
import { formatPath } from "./formatPath";
import type { Problem, Result } from "./problem";

const french = z.locales.fr();

/** What a missing field reads (its path is reported beside it), instead of zod's « chaîne de caractères attendu, indéfini reçu ». */
export const MISSING_FIELD = "champ obligatoire";

/** What a number beyond a double's range (Infinity) reads, instead of zod's « nombre attendu, nombre reçu ». */
export const NUMBER_TOO_LARGE = "nombre trop grand (au-delà de 1,8 × 10³⁰⁸)";

/**
 * Zod's French locale, except for a missing field (no input at all keeps zod's message: there is
 * no field to name) and a number out of a double's range.
 */
const frenchMessages: z.core.$ZodErrorMap = (issue) => {
  const missingField = issue.code === "invalid_type" && issue.input === undefined && (issue.path?.length ?? 0) > 0;
  if (missingField) return MISSING_FIELD;
  if (issue.code === "invalid_type" && typeof issue.input === "number" && !Number.isFinite(issue.input)) return Number.isNaN(issue.input) ? "nombre attendu" : NUMBER_TOO_LARGE;
  return french.localeError(issue);
};

/**
 * Checks `input` against a zod schema. Messages are French: the schema's own where it gives one
 * (zod ranks a schema's message above the parse-level map), {@link MISSING_FIELD} for a missing
 * field, zod's French locale otherwise; each problem names the field path.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input, { error: frenchMessages });
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems: Problem[] = parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  return { ok: false, problems };
}
