import type { CellReading } from "./cellReading";
import { excelErrorReading } from "./excelErrorReading";
import { isBlankCell } from "./isBlankCell";

const YES = new Set(["oui", "x", "true", "vrai"]);
const NO = new Set(["non", "false", "faux"]);

/** Reads an Oui/Non cell (also oui/non, x, true/false, VRAI/FAUX, in any case); blank stays blank. */
export function readChoiceCell(raw: unknown): CellReading<boolean> {
  if (isBlankCell(raw)) return { ok: true, value: undefined };
  const excelError = excelErrorReading(raw, "choice");
  if (excelError) return excelError;
  if (typeof raw === "boolean") return { ok: true, value: raw };
  const text = typeof raw === "string" ? raw.trim().toLowerCase() : undefined;
  if (text !== undefined && YES.has(text)) return { ok: true, value: true };
  if (text !== undefined && NO.has(text)) return { ok: true, value: false };
  return { ok: false, rule: "choice", hint: "saisissez Oui ou Non" };
}
