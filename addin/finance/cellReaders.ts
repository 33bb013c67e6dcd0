import { parseFrenchNumber } from "../../shared/layout/parseFrenchNumber";

/** A cell as trimmed text (numbers as written by JavaScript, anything else blank). */
export function cellText(value: unknown): string {
  return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
}

/** A number cell: a number, or French text ("1 234,5"). */
export function readNumberCell(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  return typeof value === "string" ? parseFrenchNumber(value) : undefined;
}

/** An amount cell as the API reads amounts: a decimal text with a point (unreadable text kept as typed, for the API's checks to name). */
export function readAmountCell(value: unknown): string {
  if (typeof value === "number") return String(value);
  const parsed = readNumberCell(value);
  return parsed === undefined ? cellText(value) : String(parsed);
}
