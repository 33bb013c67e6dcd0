import type { CellReading } from "./cellReading";

type Unreadable = Extract<CellReading<never>, { ok: false }>;

/**
 * Excel's error values as a values grid holds them (ExcelJS's error code, Office.js `range.values`):
 * #N/A, #DIV/0!, #REF!, #VALUE!, #NAME?… and LibreOffice's own codes (Err:502).
 */
const EXCEL_ERROR = /^(?:#NULL!|#DIV\/0!|#VALUE!|#REF!|#NAME\?|#NUM!|#N\/A|#GETTING_DATA|#SPILL!|#CALC!|#FIELD!|#BLOCKED!|#CONNECT!|#BUSY!|#UNKNOWN!|#EXTERNAL!|#PYTHON!|#TIMEOUT!|Err:\d{3})$/i;

/**
 * Why a cell holding an Excel error value (a formula that failed, #N/A…) cannot be read, in a cell
 * of the given kind; undefined for any other value. An error is never read as a value, not even as text.
 */
export function excelErrorReading(raw: unknown, rule: Unreadable["rule"]): Unreadable | undefined {
  if (typeof raw !== "string" || !EXCEL_ERROR.test(raw.trim())) return undefined;
  return { ok: false, rule, hint: "la cellule contient une erreur Excel ; corrigez la formule ou saisissez la valeur" };
}
