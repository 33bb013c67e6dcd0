import { z } from "zod";
import { formatPath } from "./formatPath";
import type { Problem, Result } from "./problem";

const french = z.locales.fr();

/**
 * Checks `input` against a zod schema. Messages are French: the schema's own where it gives one,
 * zod's French locale otherwise; each problem names the field path.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input, { error: french.localeError });
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems: Problem[] = parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  return { ok: false, problems };
}
