/** How a received value is shown in a French message: `« texte »` for text, the JSON-like literal otherwise. */
export function quoteValue(value: unknown): string {
  if (typeof value === "string") return `« ${value} »`;
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  return Array.isArray(value) ? "une liste" : typeof value === "object" ? "un objet" : typeof value;
}
