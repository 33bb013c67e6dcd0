import { XLSX_MESSAGES } from "./xlsxMessages";

/** The French message for what ExcelJS threw on a package that passed the checks (its messages are its only signal). */
export function excelJsFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/^Max (?:row|column) count/i.test(text)) return XLSX_MESSAGES.tooManyRows;
  if (/already merged/i.test(text)) return XLSX_MESSAGES.overlappingMerges;
  return XLSX_MESSAGES.unreadable;
}
