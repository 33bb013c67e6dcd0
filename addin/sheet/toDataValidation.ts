import type { ValidationRule } from "../../shared/layout/validationRules";

/** A data-validation rule in Office.js's JSON shape (`Excel.DataValidationRule`), kept free of Office.js types. */
export type DataValidationRule =
  | { readonly list: { readonly inCellDropDown: true; readonly source: string } }
  | { readonly wholeNumber: { readonly formula1: number; readonly formula2: number; readonly operator: "Between" } }
  | { readonly decimal: { readonly formula1: number; readonly formula2: number; readonly operator: "Between" } }
  | { readonly date: { readonly formula1: string; readonly formula2: string; readonly operator: "Between" } };

/** A data validation on a range: the rule, Excel's refusal message and the hint shown on the selected cell. */
export interface DataValidation {
  readonly address: string;
  readonly rule: DataValidationRule;
  readonly errorAlert: { readonly title: string; readonly message: string; readonly style: "Stop"; readonly showAlert: true };
  readonly prompt: { readonly title: string; readonly message: string; readonly showPrompt: true };
}

const ERROR_TITLE = "Saisie invalide";
const PROMPT_TITLE = "Aide à la saisie";

function toRule(rule: ValidationRule): DataValidationRule {
  switch (rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.values.join(",") } };
    case "wholeNumber":
      return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "decimal":
      return { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "date":
      return { date: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
  }
}

/**
 * The Office.js data validation of a layout rule on a range: blanks allowed (blank is not 0), a
 * wrong entry refused with the rule's French message, shown as a hint when the cell is selected —
 * the same rules the server's template.xlsx carries.
 */
export function toDataValidation(address: string, rule: ValidationRule): DataValidation {
  return {
    address,
    rule: toRule(rule),
    errorAlert: { title: ERROR_TITLE, message: rule.message, style: "Stop", showAlert: true },
    prompt: { title: PROMPT_TITLE, message: rule.message, showPrompt: true },
  };
}
