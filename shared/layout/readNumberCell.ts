import type { CellReading } from "./cellReading";
import { excelErrorReading } from "./excelErrorReading";
import { isBlankCell } from "./isBlankCell";
import { parseFrenchNumber } from "./parseFrenchNumber";

const HINT = "saisissez un nombre, par exemple 1 234 ou 1,5 ; la quantité reste vide";
const DOT_HINT = "le point est ambigu (milliers ou décimales ?), écrivez 1 234 ou 1,5 ; la quantité reste vide";

/** Reads a Quantité cell: a number, or French number text ("1 234", "1,5"); blank stays blank. */
export function readNumberCell(raw: unknown): CellReading<number> {
  if (isBlankCell(raw)) return { ok: true, value: undefined };
  const excelError = excelErrorReading(raw, "number");
  if (excelError) return excelError;
  if (typeof raw === "number" && Number.isFinite(raw)) return { ok: true, value: raw === 0 ? 0 : raw };
  const value = typeof raw === "string" ? parseFrenchNumber(raw) : undefined;
  if (value !== undefined) return { ok: true, value };
  return { ok: false, rule: "number", hint: typeof raw === "string" && raw.includes(".") ? DOT_HINT : HINT };
}
