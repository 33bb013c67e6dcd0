/** True for a blank cell: null, undefined, or text made only of spaces. */
export function isBlankCell(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}
