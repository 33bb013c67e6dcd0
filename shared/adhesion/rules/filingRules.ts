import { firstRefusals, type AdhesionRule, type RuleRefusal } from "./AdhesionRule";
import type { FilingContext } from "./filing/FilingContext";
import { documentIsForThisCommune } from "./filing/documentIsForThisCommune";

/** The rules of filing a draft or a deposit under a commune. */
export const FILING_RULES: readonly AdhesionRule<FilingContext>[] = [documentIsForThisCommune];

/** Why a document cannot be filed under this commune (empty: it can). */
export function checkFiling(context: FilingContext): RuleRefusal[] {
  return firstRefusals(FILING_RULES, context);
}
