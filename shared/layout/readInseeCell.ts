import type { CellReading } from "./cellReading";
import { readTextCell } from "./readTextCell";

/** Reads the INSEE code cell; a code the sheet turned into a number (1053) gets its leading zero back ("01053"). */
export function readInseeCell(raw: unknown): CellReading<string> {
  if (typeof raw === "number" && Number.isInteger(raw) && raw > 0 && raw < 100_000) return { ok: true, value: String(raw).padStart(5, "0") };
  return readTextCell(raw);
}
