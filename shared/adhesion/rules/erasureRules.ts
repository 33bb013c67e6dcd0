import { firstRefusals, type AdhesionRule, type RuleRefusal } from "./AdhesionRule";
import { communeHasLeft } from "./erasure/communeHasLeft";
import type { ErasureContext } from "./erasure/ErasureContext";
import { erasureIsConfirmed } from "./erasure/erasureIsConfirmed";
import { unpublishedYearsAcknowledged } from "./erasure/unpublishedYearsAcknowledged";

/** The rules of an erasure at a commune's request (PRODUCT.md §4), in the order they are checked. */
export const ERASURE_RULES: readonly AdhesionRule<ErasureContext>[] = [erasureIsConfirmed, communeHasLeft, unpublishedYearsAcknowledged];

/** Why a commune's data cannot be erased now (empty: it can). */
export function checkErasure(context: ErasureContext): RuleRefusal[] {
  return firstRefusals(ERASURE_RULES, context);
}
