import { unwrapCellValue } from "./unwrapCellValue";

/** The key held by a key-column cell (trimmed text), or undefined when the cell holds none. */
export function keyText(cellValue: unknown): string | undefined {
  const raw = unwrapCellValue(cellValue);
  if (typeof raw !== "string") return undefined;
  const text = raw.trim();
  return text === "" ? undefined : text;
}
