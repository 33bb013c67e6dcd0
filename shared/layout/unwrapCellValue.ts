/**
 * The plain value of a cell as ExcelJS may give it: rich text → its text, hyperlink → its text,
 * formula → its result, error → its code ("#N/A"). Plain values (text, numbers, booleans, Dates,
 * null) are returned as they are.
 */
export function unwrapCellValue(raw: unknown): unknown {
  if (raw === null || typeof raw !== "object" || raw instanceof Date) return raw;
  const value = raw as { richText?: unknown; text?: unknown; result?: unknown; formula?: unknown; sharedFormula?: unknown; error?: unknown };
  if (Array.isArray(value.richText)) return value.richText.map((run: { text?: unknown }) => (typeof run?.text === "string" ? run.text : "")).join("");
  if ("formula" in value || "sharedFormula" in value || "result" in value) return unwrapCellValue(value.result ?? null);
  if (typeof value.text === "string") return value.text;
  if (typeof value.error === "string") return value.error;
  return raw;
}
