import { firstRefusals, type AdhesionRule, type RuleRefusal } from "./AdhesionRule";
import { effectiveDateIsPlausible } from "./validation/effectiveDateIsPlausible";
import type { ValidationContext } from "./validation/ValidationContext";
import { validationPublishedYearsAcknowledged } from "./validation/validationPublishedYearsAcknowledged";

/** The rules of a staff validation's effective date (PRODUCT.md §4), in the order they are checked. */
export const VALIDATION_RULES: readonly AdhesionRule<ValidationContext>[] = [effectiveDateIsPlausible, validationPublishedYearsAcknowledged];

/** Why a validation cannot be recorded with this effective date (empty: it can). */
export function checkValidation(context: ValidationContext): RuleRefusal[] {
  return firstRefusals(VALIDATION_RULES, context);
}
