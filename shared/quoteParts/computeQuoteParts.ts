import type { Result } from "../validation/problem";
import { computeScenario } from "./computeScenario";
import type { QuoteParts } from "./QuoteParts";
import { validateScenario } from "./validateScenario";

/**
 * The public entry: checks a scenario of unknown shape (PRODUCT.md §5 format) and computes its
 * quote-parts, or returns every problem in French with its field path. Render the value with
 * `formatQuotePartReport` for the JSON report.
 */
export function computeQuoteParts(input: unknown): Result<QuoteParts> {
  const valid = validateScenario(input);
  return valid.ok ? { ok: true, value: computeScenario(valid.value) } : valid;
}
