import { MAX_QUANTITY } from "../inventory/maxPlausibleQuantity";

/** The data-validation rules of the sheet, with the French message Excel shows on a wrong entry. */
export type ValidationRule =
  | { readonly type: "list"; readonly values: readonly string[]; readonly message: string }
  | { readonly type: "wholeNumber"; readonly min: number; readonly max: number; readonly message: string }
  | { readonly type: "decimal"; readonly min: number; readonly max: number; readonly message: string }
  | { readonly type: "date"; readonly min: string; readonly max: string; readonly message: string };

/** The rule of each kind of validated input cell. */
export const VALIDATION_RULES = {
  choice: { type: "list", values: ["Oui", "Non"], message: "Choisissez Oui ou Non." },
  integer: { type: "wholeNumber", min: 0, max: MAX_QUANTITY, message: "Saisissez un nombre entier positif ou nul (par exemple 1 234)." },
  decimal: { type: "decimal", min: 0, max: MAX_QUANTITY, message: "Saisissez un nombre positif ou nul (par exemple 1,5)." },
  date: { type: "date", min: "2000-01-01", max: "2099-12-31", message: "Saisissez une date au format JJ/MM/AAAA." },
} as const satisfies Record<string, ValidationRule>;

/** The name of a validation rule. */
export type ValidationRuleName = keyof typeof VALIDATION_RULES;
