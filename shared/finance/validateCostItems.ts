import { formatSetRef, parseSetRef } from "../catalogue/setRef";
import { formatCents, parseAmount } from "../quoteParts";
import { parseWith } from "../validation/parseWith";
import type { Result } from "../validation/problem";
import { costItemsSchema } from "./costItemsSchema";
import type { CostItemsDocument } from "./CostItemsDocument";
import { costItemsRules } from "./rules/costItemsRules";
import type { CostItemsParties } from "./rules/CostItemsRule";

// The schema has checked both values: the fallbacks are never taken.
const canonicalSet = (text: string) => {
  const ref = parseSetRef(text);
  return ref ? formatSetRef(ref) : text;
};
const canonicalAmount = (amount: string | number) => {
  const parsed = parseAmount(amount);
  return parsed.ok ? formatCents(parsed.cents) : String(amount);
};

/**
 * Checks a cost-items document of unknown shape (the schema, then `costItemsRules`) and returns it
 * in canonical form — defaults filled in, amounts as `"1234.50"`, sets as `B`/`C:3` — or every
 * problem in French with its field path.
 */
export function validateCostItems(input: unknown, parties: CostItemsParties): Result<CostItemsDocument> {
  const parsed = parseWith(costItemsSchema, input);
  if (!parsed.ok) return parsed;
  const problems = costItemsRules.flatMap((rule) => rule(parsed.value, parties));
  if (problems.length > 0) return { ok: false, problems };
  const { metropole, rounding, prorata, items } = parsed.value;
  return {
    ok: true,
    value: {
      metropole: { weights: metropole.weights },
      rounding,
      prorata,
      items: items.map((item) => ({
        id: item.id,
        label: item.label,
        set: canonicalSet(item.set),
        amount: canonicalAmount(item.amount),
        key: item.key,
        ...(item.weights ? { weights: item.weights } : {}),
      })),
    },
  };
}
