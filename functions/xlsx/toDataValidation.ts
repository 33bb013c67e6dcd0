import type ExcelJS from "exceljs";
import type { ValidationRule } from "../../shared/layout/validationRules";

const ERROR_TITLE = "Saisie invalide";

/** An ISO date `YYYY-MM-DD` as the UTC midnight ExcelJS turns into an Excel serial number. */
function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * The ExcelJS data validation of a layout rule: an Oui/Non list, a whole or decimal number or a
 * date between min and max; blanks allowed (blank is not 0), Excel refuses a wrong entry with
 * the rule's French message and shows it as a hint when the cell is selected.
 */
export function toDataValidation(rule: ValidationRule): ExcelJS.DataValidation {
  const messages = { allowBlank: true, showErrorMessage: true, errorStyle: "stop", errorTitle: ERROR_TITLE, error: rule.message, showInputMessage: true, prompt: rule.message } as const;
  switch (rule.type) {
    case "list":
      return { type: "list", formulae: [`"${rule.values.join(",")}"`], ...messages };
    case "wholeNumber":
      return { type: "whole", operator: "between", formulae: [rule.min, rule.max], ...messages };
    case "decimal":
      return { type: "decimal", operator: "between", formulae: [rule.min, rule.max], ...messages };
    case "date":
      return { type: "date", operator: "between", formulae: [utcDate(rule.min), utcDate(rule.max)], ...messages };
  }
}
